package org.kcity.executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcity.executors.Api.as;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kcity.deploy.testing.fuzz.FuzzReport;
import org.kcity.deploy.testing.fuzz.OpenApiFuzzer;
import org.kcity.platform.security.Roles;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Whatever a client sends, the answer is a problem+json, never a 500, and nothing is written. */
@QuarkusTest
class MalformedInputTest {

    @TestHTTPResource("/")
    URI root;

    @Inject
    DataSource database;

    @Test
    void every_operation_answers_malformed_input_with_a_problem_never_a_5xx_and_writes_nothing() {
        Upstream.ProjectSelected project = Upstream.projectSelected("URBAN_DEVELOPMENT", "VN", 2026);
        Upstream.budgetFinalized(project, 500_000_000L);
        String tenderId = Api.awaitTender(project.projectId());
        Api.open(tenderId, OffsetDateTime.now(ZoneOffset.UTC).plusDays(7)).statusCode(200);
        String bidder = Tokens.bidder(Upstream.unique("kr-bidder"));
        String bidId = Api.bid(tenderId, bidder, "Alpha E&C", 450_000_000L).statusCode(201).extract().path("id");
        String officialId = Upstream.unique("vn-official");
        String expertId = Upstream.unique("expert");
        Api.addMember(tenderId, officialId, "OVERSEAS_OFFICIAL", "VN").statusCode(201);
        Api.addMember(tenderId, expertId, "EXPERT", null).statusCode(201);
        String official = Tokens.official(officialId, "VN");
        Integer declarationId = as(official).body(Map.of("organizationId", Upstream.unique("kr-other"), "reason", "Former employer"))
                .post("/api/v1/conflict-declarations").then().statusCode(201).extract().path("id");

        FuzzReport report = OpenApiFuzzer.of(root)
                .caller(Roles.PROGRAM_OFFICER, Tokens.officer())
                .caller(Roles.OVERSEAS_OFFICIAL, official)
                .caller(Roles.EVALUATOR, Tokens.evaluator(expertId))
                .caller(Roles.BIDDER, bidder)
                .pathValue("/api/v1/projects/{projectId}", project.projectId())
                .pathValue("/api/v1/tenders/{tenderId}", tenderId)
                .pathValue("/api/v1/tenders/{tenderId}/bids/{bidId}", bidId)
                .pathValue("/api/v1/tenders/{tenderId}/committee/members/{subject}", expertId)
                .pathValue("/api/v1/conflict-declarations/{declarationId}", declarationId.toString())
                .database(database)
                .run();

        assertThat(report.requests()).isGreaterThanOrEqualTo(2000);
    }
}
