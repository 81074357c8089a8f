package org.kcity.deploy.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;

import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/** What openapi-diff says of a new document against the released one a partner agency codes against. */
record ApiCompatibility(boolean compatible, String changes) {

    static ApiCompatibility of(String released, String current) {
        ChangedOpenApi diff = OpenApiCompare.fromContents(released, current);
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(report, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        } catch (IOException | RuntimeException e) {
            return new ApiCompatibility(diff.isCompatible(), "(no report: " + e.getMessage() + ")");
        }
        return new ApiCompatibility(diff.isCompatible(), report.toString(StandardCharsets.UTF_8));
    }

    static String read(java.nio.file.Path document) {
        try {
            return java.nio.file.Files.readString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
