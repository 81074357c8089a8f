package org.kcity.platform.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.Test;
import org.kcity.deploy.DevTokens;
import org.kcity.platform.problem.Problem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@TestProfile(TightLimitsProfile.class)
class RateLimitTest {

    private static final String NOTE = "{\"title\":\"t\",\"priority\":2}";

    @Test
    void a_caller_over_its_write_quota_is_answered_429_problem_with_retry_after_and_the_rate_limit_fields() {
        for (int remaining = TightLimitsProfile.CALLER_WRITES - 1; remaining >= 0; remaining--) {
            as("writer-1", "org-writers").contentType(ContentType.JSON).body(NOTE)
                    .when().post("/test/notes")
                    .then().statusCode(201)
                    .header("RateLimit-Policy", containsString("\"caller-writes\";q=2;w=60"))
                    .header("RateLimit", containsString("\"caller-writes\";r=" + remaining + ";t="));
        }

        as("writer-1", "org-writers").contentType(ContentType.JSON).body(NOTE)
                .when().post("/test/notes")
                .then().statusCode(429).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(429)).body("type", equalTo("urn:kcity:problem:too-many-requests"))
                .body("detail", containsString("caller-writes"))
                .header("Retry-After", secondsUpTo(30))
                .header("RateLimit", matchesPattern("\"caller-writes\";r=0;t=\\d+"))
                .header("RateLimit-Policy", containsString("\"caller-writes\";q=2;w=60"));
    }

    @Test
    void reads_have_their_own_quota_so_a_caller_out_of_writes_still_reads() {
        for (int i = 0; i < TightLimitsProfile.CALLER_WRITES; i++) {
            as("writer-2", "org-writers-2").contentType(ContentType.JSON).body(NOTE).when().post("/test/notes")
                    .then().statusCode(201);
        }
        as("writer-2", "org-writers-2").contentType(ContentType.JSON).body(NOTE).when().post("/test/notes")
                .then().statusCode(429);

        as("writer-2", "org-writers-2").when().get("/test/notes")
                .then().statusCode(200).header("RateLimit", containsString("\"caller-reads\";r=3;"));
    }

    @Test
    void the_callers_of_one_organization_share_its_quota() {
        for (int i = 0; i < TightLimitsProfile.CALLER_READS; i++) {
            as("reader-a", "org-shared").when().get("/test/notes").then().statusCode(200)
                    .header("RateLimit-Policy", equalTo("\"caller-reads\";q=4;w=60, \"organization-reads\";q=6;w=60"));
        }
        int organizationLeft = TightLimitsProfile.ORGANIZATION_READS - TightLimitsProfile.CALLER_READS;
        for (int i = 0; i < organizationLeft; i++) {
            as("reader-b", "org-shared").when().get("/test/notes").then().statusCode(200);
        }

        as("reader-b", "org-shared").when().get("/test/notes")
                .then().statusCode(429).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("organization-reads"))
                .header("RateLimit", containsString("\"organization-reads\";r=0;"));
        as("reader-c", "another-org").when().get("/test/notes").then().statusCode(200);
    }

    @Test
    void callers_without_a_token_are_limited_by_client_address() {
        for (int i = 0; i < TightLimitsProfile.CLIENT_ADDRESS_READS; i++) {
            given().when().get("/test/notes/public").then().statusCode(200)
                    .header("RateLimit-Policy", equalTo("\"client-address-reads\";q=3;w=60"));
        }
        given().when().get("/test/notes/public")
                .then().statusCode(429).contentType(Problem.MEDIA_TYPE).header("Retry-After", secondsUpTo(20));

        as("reader-d", "org-d").when().get("/test/notes/public").then().statusCode(200);
    }

    @Test
    void the_management_endpoints_are_served_on_the_management_port_only_and_never_limited() {
        String management = "http://127.0.0.1:"
                + ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        for (int i = 0; i < 2 * TightLimitsProfile.CLIENT_ADDRESS_READS; i++) {
            given().when().get(management + "/q/health/live").then().statusCode(200).header("RateLimit", nullValue());
        }
        given().when().get(management + "/q/metrics").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(404);
    }

    /** The wait is counted from the first request of the burst, so it is a little shorter on a slow machine. */
    private static Matcher<String> secondsUpTo(int most) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(String seconds) {
                return seconds.matches("\\d+") && Integer.parseInt(seconds) >= 1 && Integer.parseInt(seconds) <= most;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("whole seconds from 1 to " + most);
            }
        };
    }

    private static RequestSpecification as(String subject, String organization) {
        return given().auth().oauth2(DevTokens.mint(subject, organization, null, List.of("applicant"), Instant.now(),
                Duration.ofHours(1), TightLimitsProfile.AUDIENCE));
    }
}
