package org.kcity.applications;

import org.junit.jupiter.api.Test;
import org.kcity.deploy.testing.contract.CommittedOpenApi;
import org.kcity.deploy.testing.contract.OpenApiExamples;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void the_service_serves_exactly_the_committed_openapi_document() {
        CommittedOpenApi.assertServedDocumentIsCommitted();
    }

    @Test
    void every_request_body_and_success_answer_has_a_valid_example() {
        OpenApiExamples.assertEveryBodyHasAValidExample();
    }
}
