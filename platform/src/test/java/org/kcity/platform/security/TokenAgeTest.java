package org.kcity.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kcity.deploy.DevTokens;
import org.kcity.platform.problem.Problem;

import io.quarkus.test.junit.QuarkusTest;

/** A token issued longer ago than {@code mp.jwt.verify.token.age} ({@code KCITY_JWT_MAX_AGE}, 12 h) is refused. */
@QuarkusTest
class TokenAgeTest {

    @Test
    void a_token_issued_longer_ago_than_the_maximum_age_is_401_problem_although_it_has_not_expired() {
        given().auth().oauth2(issuedAgo(Duration.ofHours(12).plusMinutes(5)))
                .when().get("/test/notes")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE).body("status", equalTo(401));
    }

    @Test
    void a_token_younger_than_the_maximum_age_is_accepted() {
        given().auth().oauth2(issuedAgo(Duration.ofHours(11).plusMinutes(55)))
                .when().get("/test/notes")
                .then().statusCode(200);
    }

    private static String issuedAgo(Duration age) {
        return DevTokens.mint("aged-1", "org-1", null, List.of("applicant"), Instant.now().minus(age), age.plusHours(1), null);
    }
}
