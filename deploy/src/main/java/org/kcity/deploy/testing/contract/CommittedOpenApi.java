package org.kcity.deploy.testing.contract;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The OpenAPI document a service commits ({@code openapi/openapi.yaml} in its module): what partner agencies code
 * against. A service's test asserts that what it serves is exactly that; after an intended change, run the test
 * with {@code -Dkcity.openapi.update=true} to write the new document, and review the diff like any other code.
 * Whether the change is compatible with the released baseline is checked by the deploy module's
 * {@code ApiCompatibilityTest}.
 */
public final class CommittedOpenApi {

    public static final Path DOCUMENT = Path.of("openapi", "openapi.yaml");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private CommittedOpenApi() {
    }

    /** Fails unless the running service (REST Assured's default base) serves the committed document. */
    public static void assertServedDocumentIsCommitted() {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("kcity.openapi.update")) {
            write(served);
            return;
        }
        if (!Files.exists(DOCUMENT)) {
            throw new AssertionError("No committed OpenAPI document at " + DOCUMENT.toAbsolutePath()
                    + "; run the test with -Dkcity.openapi.update=true to write it");
        }
        String committed = read();
        if (!tree(committed).equals(tree(served))) {
            throw new AssertionError("The service serves another OpenAPI document than the committed "
                    + DOCUMENT.toAbsolutePath() + ". If the change is intended, run the test with "
                    + "-Dkcity.openapi.update=true and commit the new document; ApiCompatibilityTest then says whether "
                    + "partners are affected.\nFirst difference: " + firstDifference(committed, served));
        }
    }

    /** The document as data: the order of keys in a map is not part of the contract. */
    private static JsonNode tree(String document) {
        try {
            return YAML.readTree(document);
        } catch (IOException e) {
            throw new AssertionError("Not a YAML document: " + e.getMessage(), e);
        }
    }

    private static String normalized(String document) {
        return document.replace("\r\n", "\n").strip();
    }

    private static String firstDifference(String committed, String served) {
        String[] a = normalized(committed).split("\n");
        String[] b = normalized(served).split("\n");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) {
                return "line " + (i + 1) + ": committed `" + a[i].strip() + "`, served `" + b[i].strip() + "`";
            }
        }
        return "the committed document has " + a.length + " lines, the served one " + b.length;
    }

    private static String read() {
        try {
            return Files.readString(DOCUMENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(String served) {
        try {
            Files.createDirectories(DOCUMENT.getParent());
            Files.writeString(DOCUMENT, normalized(served) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
