package org.kcity.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kcity.deploy.DevTokens;
import org.kcity.platform.problem.Problem;
import org.kcity.platform.ratelimit.TightLimitsProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** With {@code mp.jwt.verify.audiences} set ({@code KCITY_JWT_AUDIENCE}), a token must be issued for this API. */
@QuarkusTest
@TestProfile(TightLimitsProfile.class)
class TokenAudienceTest {

    private static final String NOTE = "{\"title\":\"t\",\"priority\":2}";

    @Test
    void a_token_for_another_audience_is_401_problem() {
        post(token("aud-1", "another-api")).then().statusCode(401).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(401));
    }

    @Test
    void a_token_without_an_audience_is_401_problem() {
        post(token("aud-2", null)).then().statusCode(401).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void a_token_for_the_configured_audience_is_accepted() {
        post(token("aud-3", TightLimitsProfile.AUDIENCE)).then().statusCode(201);
    }

    private static String token(String subject, String audience) {
        return DevTokens.mint(subject, "org-audience", null, List.of("applicant"), Instant.now(), Duration.ofHours(1), audience);
    }

    private static io.restassured.response.Response post(String token) {
        return given().auth().oauth2(token).contentType("application/json").body(NOTE).when().post("/test/notes");
    }
}
