package org.kcity.deploy.testing.contract;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;
import io.restassured.RestAssured;

/**
 * Puts the {@link OpenApiValidationFilter} on every REST Assured call of every test class, so the whole suite
 * checks the services against their own documents. Plain JUnit tests (the integration tests that start packaged
 * services) get it through JUnit's extension auto-detection (see the parent POM's surefire and failsafe
 * configuration); {@code @QuarkusTest}s, whose classes live in Quarkus' own class loader with their own REST Assured,
 * through Quarkus' before-class callback. A test that sends what the document does not describe on purpose (a
 * fuzzer, say) uses its own client.
 */
public class OpenApiContractExtension implements BeforeAllCallback, QuarkusTestBeforeClassCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        validateEveryCall();
    }

    @Override
    public void beforeClass(Class<?> testClass) {
        validateEveryCall();
    }

    private static synchronized void validateEveryCall() {
        if (RestAssured.filters().stream().noneMatch(OpenApiValidationFilter.class::isInstance)) {
            RestAssured.filters(new OpenApiValidationFilter());
        }
    }
}
