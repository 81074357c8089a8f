package org.kcity.deploy.testing.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds every exchange a test makes to its service's OpenAPI document (read once per service from its
 * {@code /q/openapi}), whichever HTTP client made it: a violation fails the test at once, naming the operation and
 * what the document says. {@code -Dkcity.openapi.violations=report} lists them all in one file instead, while a
 * document is being brought in line.
 */
final class WireContract {

    private static final boolean REPORT_ONLY = "report".equals(System.getProperty("kcity.openapi.violations"));
    private static final Map<String, OpenApiDocument> DOCUMENTS = new ConcurrentHashMap<>();

    private WireContract() {
    }

    /** Paths of the management interface ({@code /q/...}) are Quarkus's, not the service's contract. */
    static boolean covers(String rawPath) {
        return !rawPath.startsWith("/q/");
    }

    static void verify(String baseUri, OpenApiDocument.Exchange exchange) {
        List<String> violations = DOCUMENTS.computeIfAbsent(baseUri, OpenApiDocument::fetch).check(exchange);
        if (violations.isEmpty()) {
            return;
        }
        if (REPORT_ONLY) {
            appendToReport(violations);
            return;
        }
        throw new AssertionError("The exchange breaks the service's OpenAPI document (" + baseUri + "/q/openapi):\n  "
                + String.join("\n  ", violations));
    }

    private static synchronized void appendToReport(List<String> violations) {
        try {
            Files.write(Path.of("target", "openapi-violations.txt"), violations, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
