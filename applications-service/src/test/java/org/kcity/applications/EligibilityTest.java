package org.kcity.applications;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.kcity.applications.Intake.*;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Every eligibility rule of a submission, each failure a reason in one 422. */
@QuarkusTest
class EligibilityTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void a_planning_application_by_a_korean_company_for_a_korean_site_outside_the_range_fails_three_rules_at_once() {
        String callId = openCall();
        Map<String, Object> body = urbanApplication(callId, "KR");
        body.put("applicant", organization("K-Builders", "KOREAN_COMPANY", "KR"));
        body.put("requestedSupport", URBAN_CAP + 1);

        assertSubmissionFails(body, "SITE_IN_KOREA", "SUPPORT_OUT_OF_RANGE", "APPLICANT_NOT_PUBLIC_BODY");
    }

    @Test
    void a_planning_applicant_must_be_a_public_body_of_the_site_country() {
        String callId = openCall();
        Map<String, Object> body = urbanApplication(callId, "VN");
        body.put("applicant", organization("Bangkok Metropolitan Administration", "LOCAL_GOVERNMENT", "TH"));
        body.put("requestedSupport", URBAN_FLOOR - 1);

        assertSubmissionFails(body, "APPLICANT_NOT_OF_SITE_COUNTRY", "SUPPORT_OUT_OF_RANGE");
    }

    @Test
    void a_demonstration_needs_a_korean_company_and_a_public_partner_of_the_site_country() {
        String callId = openCall();
        Map<String, Object> noPartner = demonstration(callId, "VN");
        noPartner.put("applicant", organization("Hanoi People's Committee", "LOCAL_GOVERNMENT", "VN"));
        noPartner.remove("partner");
        assertSubmissionFails(noPartner, "APPLICANT_NOT_KOREAN_COMPANY", "PARTNER_MISSING");

        Map<String, Object> wrongPartner = demonstration(callId, "VN");
        wrongPartner.put("applicant", organization("Vina Tech", "KOREAN_COMPANY", "VN"));
        wrongPartner.put("partner", organization("Thai Tech", "KOREAN_COMPANY", "TH"));
        assertSubmissionFails(wrongPartner, "APPLICANT_NOT_KOREAN_COMPANY", "PARTNER_NOT_PUBLIC_BODY",
                "PARTNER_NOT_OF_SITE_COUNTRY");
    }

    @Test
    void a_track_the_call_does_not_offer_cannot_be_entered() {
        Map<String, Object> definition = callDefinition();
        definition.put("tracks", List.of(track("URBAN_DEVELOPMENT", 4, URBAN_FLOOR, URBAN_CAP)));
        String callId = openCall(definition);
        Map<String, Object> body = urbanApplication(callId, "VN");
        body.put("track", "SOLUTION_PLANNING");

        assertSubmissionFails(body, "TRACK_NOT_OFFERED");
    }

    @Test
    void nothing_is_submitted_before_the_window_opens_or_after_the_call_closed() {
        Map<String, Object> future = callDefinition();
        future.put("opensAt", now().plusDays(5).toString());
        String notYet = openCall(future);
        assertSubmissionFails(urbanApplication(notYet, "VN"), "WINDOW_NOT_OPEN");

        String callId = openCall();
        String organization = unique("org");
        String id = createApplication(organization, urbanApplication(callId, "VN"));
        officer().post("/api/v1/calls/" + callId + "/close").then().statusCode(200);
        applicant(organization).post("/api/v1/applications/" + id + "/submit").then().statusCode(422)
                .body("errors.code", containsInAnyOrder("WINDOW_NOT_OPEN"));
    }

    @Test
    void eligible_applications_of_every_track_are_submitted() {
        String callId = openCall();
        Map<String, Object> planning = urbanApplication(callId, "ID");
        planning.put("track", "SOLUTION_PLANNING");
        planning.put("applicant", organization("UN-Habitat Indonesia", "INTERNATIONAL_ORGANIZATION", "ID"));
        planning.put("requestedSupport", 200_000_000L);

        for (Map<String, Object> body : List.of(urbanApplication(callId, "PE"), planning, demonstration(callId, "UZ"))) {
            String organization = unique("org");
            String id = createApplication(organization, body);
            applicant(organization).post("/api/v1/applications/" + id + "/submit").then().statusCode(200)
                    .body("status", equalTo("SUBMITTED"));
        }
    }

    private static void assertSubmissionFails(Map<String, Object> body, String... codes) {
        String organization = unique("org");
        String id = createApplication(organization, body);
        applicant(organization).post("/api/v1/applications/" + id + "/submit").then().statusCode(422).contentType(PROBLEM)
                .body("errors.code", containsInAnyOrder(codes));
        applicant(organization).get("/api/v1/applications/" + id).then().body("status", equalTo("DRAFT"));
    }
}
