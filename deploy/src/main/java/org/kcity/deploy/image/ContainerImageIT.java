package org.kcity.deploy.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kcity.deploy.JvmOptions;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks the service's OCI image tarball that the build left in {@code target/jib-image.tar}, by reading it: no
 * container engine. Runs in every service module (failsafe scans this module for it), after {@code package}; the
 * expected name, version and revision come from the build ({@code kcity.image.*} system properties).
 */
class ContainerImageIT {

    private static final String SHARED_OPTIONS = "deployments/service.options";

    private static OciImage image;
    private static Map<String, TarEntries.Entry> files;

    @BeforeAll
    static void readImage() throws IOException {
        Assumptions.assumeFalse(Boolean.getBoolean("kcity.image.skipped"), "built with -Djib.skip=true: no image");
        image = OciImage.read(Path.of(property("kcity.image.tarball")));
        files = image.files(path -> path.equals("etc/passwd") || path.equals(SHARED_OPTIONS));
    }

    @Test
    void it_runs_the_fast_jar_with_the_production_jvm_settings_from_its_own_runtime() {
        List<String> entrypoint = strings(config().path("Entrypoint"));
        assertEquals("/opt/java/bin/java", entrypoint.get(0));
        assertEquals(List.of("-jar", "/deployments/quarkus-run.jar"), entrypoint.subList(entrypoint.size() - 2, entrypoint.size()));
        assertEquals("@/" + SHARED_OPTIONS, entrypoint.get(1), "the shared JVM settings come first");
        assertTrue(entrypoint.contains("-XX:MaxRAMPercentage=75"), entrypoint::toString);
        assertTrue(entrypoint.stream().noneMatch(option -> option.startsWith("-Xmx")), "heap ceiling from the memory limit");
        assertTrue(entrypoint.contains("-Djava.util.logging.manager=org.jboss.logmanager.LogManager"), entrypoint::toString);
        String sharedOptions = new String(files.get(SHARED_OPTIONS).content(), StandardCharsets.UTF_8);
        assertEquals(JvmOptions.shared(), JvmOptions.parse(sharedOptions), "the settings the local run and benchmark use");
        List<String> env = strings(config().path("Env"));
        JvmOptions.environment().forEach((name, value) -> assertTrue(env.contains(name + "=" + value), env::toString));
        assertTrue(config().path("Cmd").isMissingNode() || config().path("Cmd").isNull() || config().path("Cmd").isEmpty());
        assertEquals("/deployments", config().path("WorkingDir").asText());
        assertEquals("linux", image.os());
        assertEquals("amd64", image.architecture());
        assertEquals("application/vnd.oci.image.manifest.v1+json", image.mediaType());
    }

    @Test
    void it_runs_as_an_unprivileged_user_that_exists_in_the_image() {
        assertEquals("1001:1001", config().path("User").asText());
        String passwd = new String(files.get("etc/passwd").content(), StandardCharsets.UTF_8);
        assertTrue(passwd.contains("kcity:x:1001:1001:"), passwd);
    }

    @Test
    void it_listens_on_8080_on_every_interface_inside_the_container() {
        assertEquals(Set.of("8080/tcp"), fieldNames(config().path("ExposedPorts")));
        List<String> env = strings(config().path("Env"));
        assertTrue(env.contains("QUARKUS_HTTP_PORT=8080"), env::toString);
        assertTrue(env.contains("QUARKUS_HTTP_HOST=0.0.0.0"), env::toString);
    }

    @Test
    void it_is_labelled_with_its_name_version_and_source_revision() {
        JsonNode labels = config().path("Labels");
        String version = property("kcity.image.version");
        assertEquals(version, labels.path("org.opencontainers.image.version").asText());
        String revision = labels.path("org.opencontainers.image.revision").asText();
        assertEquals(property("kcity.image.revision"), revision);
        assertTrue(revision.matches("[0-9a-f]{40}"), "revision label is a git commit: " + revision);
        String name = property("kcity.image.name");
        assertEquals(name.substring(name.indexOf('/') + 1, name.lastIndexOf(':')),
                labels.path("org.opencontainers.image.title").asText());
        assertEquals(name, image.referenceName());
    }

    @Test
    void its_layers_hold_the_runtime_and_the_fast_jar_and_nothing_else() {
        assertExecutable("opt/java/bin/java");
        assertExecutable("lib64/ld-linux-x86-64.so.2");
        assertNotNull(files.get("usr/lib/x86_64-linux-gnu/libc.so.6"), "glibc");
        assertNotNull(files.get("usr/lib/x86_64-linux-gnu/libz.so.1"), "zlib");
        assertNotNull(files.get("opt/java/lib/security/cacerts"), "CA certificates");
        assertNotNull(files.get("deployments/quarkus-run.jar"));
        assertTrue(files.keySet().stream().anyMatch(path -> path.startsWith("deployments/lib/main/")), "dependencies");
        assertTrue(files.keySet().stream().anyMatch(path -> path.startsWith("deployments/app/")), "application");
        assertFalse(files.keySet().stream().anyMatch(path -> path.equals("app") || path.startsWith("app/")),
                "Jib's plain-Java layers are filtered out");
        assertTrue(image.layerCount() >= 4, "runtime, dependencies, Quarkus' code and the application in layers of their own");
    }

    private static void assertExecutable(String path) {
        TarEntries.Entry entry = files.get(path);
        assertNotNull(entry, path);
        assertEquals(0755, entry.mode() & 0777, path + " mode " + Integer.toOctalString(entry.mode()));
    }

    private static JsonNode config() {
        return image.runtimeConfig();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new java.util.TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " not set: run by the service's failsafe");
        }
        return value;
    }
}
