package org.kcity.deploy.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The committed OpenAPI documents pass Spectral's {@code spectral:oas} and the OWASP API Security Top 10 2023
 * rulesets without an error, with the changes {@code deploy/openapi-lint/ruleset.yaml} makes and explains. Needs
 * Node.js and the npm registry; without Node.js the lint is skipped and says so.
 */
class OpenApiLintTest {

    private static final List<String> SERVICES = List.of("applications-service", "selection-service", "budget-service",
            "executor-service");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static Spectral spectral;
    private static List<Spectral.Finding> findings;

    @BeforeAll
    static void lintTheCommittedDocuments() throws Exception {
        Assumptions.assumeTrue(Spectral.canRun(), "Node.js and npm are not installed: the OpenAPI lint is skipped");
        spectral = Spectral.installed();
        findings = spectral.lint(SERVICES.stream().map(OpenApiLintTest::committed).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = { "applications-service", "selection-service", "budget-service", "executor-service" })
    void each_committed_document_passes_the_oas_and_owasp_rulesets_without_an_error(String service) {
        assertThat(errorsIn(committed(service))).as("%s: Spectral errors", service).isEmpty();
    }

    @Test
    void the_lint_refuses_a_path_identifier_a_caller_could_send_without_a_limit() throws Exception {
        ObjectNode document = (ObjectNode) YAML.readTree(committed("executor-service").toFile());
        ((ObjectNode) document.at("/paths/~1api~1v1~1projects~1{projectId}/get/parameters/0/schema")).remove("maxLength");
        Path unbounded = Files.createDirectories(Path.of("target", "lint-probe")).resolve("unbounded-openapi.yaml");
        YAML.writeValue(unbounded.toFile(), document);

        List<String> before = errorsIn(committed("executor-service")).stream().map(Spectral.Finding::where).toList();
        List<String> newErrors = spectral.lint(List.of(unbounded)).stream()
                .filter(finding -> finding.isError() && !before.contains(finding.where()))
                .map(finding -> finding.rule() + " at " + finding.where()).toList();

        assertThat(newErrors).containsExactly(
                "kcity-request-string-limit at paths > /api/v1/projects/{projectId} > get > parameters > 0 > schema");
    }

    private static List<Spectral.Finding> errorsIn(Path document) {
        Path source = document.toAbsolutePath().normalize();
        return findings.stream().filter(finding -> finding.isError() && finding.document().equals(source)).toList();
    }

    private static Path committed(String service) {
        Path document = Path.of("..", service, "openapi", "openapi.yaml");
        assertThat(document).exists();
        return document;
    }
}
