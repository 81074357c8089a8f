package org.kcity.deploy.testing.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Checks every request a test sends through REST Assured, and its answer, against the OpenAPI document of the
 * service that answered (read once per service from its {@code /q/openapi}). A violation fails the test at once,
 * naming the operation and what the document says: the document must describe what the service really does.
 */
public final class OpenApiValidationFilter implements Filter {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final boolean REPORT_ONLY = "report".equals(System.getProperty("kcity.openapi.violations"));

    private final Map<String, OpenApiDocument> documents = new ConcurrentHashMap<>();

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expectation,
            FilterContext context) {
        Response response = context.next(request, expectation);
        URI uri = URI.create(request.getURI());
        if (uri.getRawPath().startsWith("/q/")) {
            return response;
        }
        String base = uri.getScheme() + "://" + uri.getAuthority();
        OpenApiDocument document = documents.computeIfAbsent(base, OpenApiDocument::fetch);
        List<String> violations = document.check(new OpenApiDocument.Exchange(request.getMethod(), uri.getRawPath(),
                request.getContentType(), bodyOf(request.getBody()), response.statusCode(), response.contentType(),
                response.asString()));
        if (!violations.isEmpty()) {
            String report = "The exchange breaks the service's OpenAPI document (" + base + "/q/openapi):\n  "
                    + String.join("\n  ", violations);
            if (REPORT_ONLY) {
                appendToReport(violations);
            } else {
                throw new AssertionError(report);
            }
        }
        return response;
    }

    /** While a document is being brought in line: -Dkcity.openapi.violations=report lists them all in one file. */
    private static synchronized void appendToReport(List<String> violations) {
        try {
            Files.write(Path.of("target", "openapi-violations.txt"), violations, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String bodyOf(Object body) {
        if (body == null) {
            return null;
        }
        if (body instanceof String text) {
            return text;
        }
        if (body instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A request body that is not JSON-serializable", e);
        }
    }
}
