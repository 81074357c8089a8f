package org.kcity.platform.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kcity.deploy.DevTokens;
import org.kcity.deploy.testing.ServiceMetrics;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A token is verified once and then recognized by its exact text, never beyond its expiry: what a partner's client
 * that uses one token for many requests saves, and what it must not gain.
 */
@QuarkusTest
class VerifiedTokensTest {

    @Test
    void a_token_used_again_is_recognized_without_being_verified_again() {
        String token = DevTokens.mint("repeat-1", "org-1", null, List.of("applicant"));
        double verified = ServiceMetrics.value("kcity_tokens_verified_total");
        double recognized = ServiceMetrics.value("kcity_tokens_recognized_total");

        for (int request = 0; request < 3; request++) {
            given().auth().oauth2(token).when().get("/test/notes").then().statusCode(200);
        }

        assertThat(ServiceMetrics.value("kcity_tokens_verified_total")).isEqualTo(verified + 1);
        assertThat(ServiceMetrics.value("kcity_tokens_recognized_total")).isEqualTo(recognized + 2);
    }

    @Test
    void a_token_is_verified_again_once_it_has_expired() throws InterruptedException {
        String token = DevTokens.mint("short-1", "org-1", null, List.of("applicant"), Duration.ofSeconds(2));
        given().auth().oauth2(token).when().get("/test/notes").then().statusCode(200);
        double verified = ServiceMetrics.value("kcity_tokens_verified_total");
        double recognized = ServiceMetrics.value("kcity_tokens_recognized_total");

        Thread.sleep(2_500);
        // smallrye-jwt still accepts it within its clock-skew allowance (60 s): the point is that it had to decide again.
        given().auth().oauth2(token).when().get("/test/notes").then().statusCode(200);

        assertThat(ServiceMetrics.value("kcity_tokens_verified_total")).as("verified again").isEqualTo(verified + 1);
        assertThat(ServiceMetrics.value("kcity_tokens_recognized_total")).as("not recognized past its expiry").isEqualTo(recognized);
    }

    @Test
    void a_tampered_copy_of_a_known_token_is_refused() {
        String token = DevTokens.mint("tamper-1", "org-1", null, List.of("applicant"));
        given().auth().oauth2(token).when().get("/test/notes").then().statusCode(200);

        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        given().auth().oauth2(tampered).when().get("/test/notes").then().statusCode(401);
        String otherClaims = DevTokens.mint("tamper-1", "org-2", null, List.of("program-officer"));
        String spliced = otherClaims.substring(0, otherClaims.lastIndexOf('.')) + token.substring(token.lastIndexOf('.'));
        given().auth().oauth2(spliced).when().get("/test/notes").then().statusCode(401);
    }
}
