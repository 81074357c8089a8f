package org.kcity.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The services run with the same JVM settings here (local run, tests, benchmark) as in the container image. */
class JvmOptionsTest {

    private static final Path PARENT_POM = Path.of("../pom.xml");
    private static final Path SHARED_OPTIONS_SOURCE = Path.of("src/main/resources", JvmOptions.SHARED_OPTIONS_RESOURCE);

    @TempDir
    Path quarkusApp;

    @Test
    void a_service_started_here_gets_the_shared_settings_a_heap_ceiling_and_the_class_data_archive() throws IOException {
        Path jar = Files.createFile(quarkusApp.resolve("quarkus-run.jar"));
        Path archive = quarkusApp.resolve(JvmOptions.ARCHIVE);

        List<String> first = JvmOptions.production(jar);
        assertThat(first).startsWith(JvmOptions.shared().toArray(String[]::new))
                .containsSubsequence(JvmOptions.HEAP)
                .endsWith("-XX:ArchiveClassesAtExit=" + archive);

        Files.createFile(archive);
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
        assertThat(JvmOptions.production(jar)).endsWith("-XX:SharedArchiveFile=" + archive);
    }

    @Test
    void the_shared_settings_keep_the_young_generation_and_stacks_small_on_the_serial_collector() {
        assertThat(JvmOptions.shared()).contains("-XX:+UseSerialGC", "-Xmn24m", "-Xss512k", "-XX:+ExitOnOutOfMemoryError")
                .noneMatch(option -> option.startsWith("-Xmx") || option.startsWith("-Xms"));
        assertThat(JvmOptions.environment()).containsEntry("MALLOC_ARENA_MAX", "2");
    }

    @Test
    void the_image_entrypoint_passes_the_same_file_to_java_and_sets_the_same_environment() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(PARENT_POM.toFile());
        XPath xpath = XPathFactory.newInstance().newXPath();
        String jib = "//plugin[artifactId='jib-maven-plugin' and configuration/container]/configuration";
        String fileName = SHARED_OPTIONS_SOURCE.getFileName().toString();

        assertThat(texts(pom, xpath, jib + "/container/entrypoint/arg")).element(1).isEqualTo("@/deployments/" + fileName);
        assertThat(xpath.evaluate(jib + "/extraDirectories/paths/path[includes='" + fileName + "']/from", pom))
                .isEqualTo("${kcity.jvm.options}");
        assertThat(Path.of(xpath.evaluate("/project/properties/kcity.jvm.options", pom)
                .replace("${maven.multiModuleProjectDirectory}", "..")).resolve(fileName))
                .hasSameTextualContentAs(SHARED_OPTIONS_SOURCE);
        assertThat(xpath.evaluate(jib + "/extraDirectories/paths/path[includes='" + fileName + "']/into", pom))
                .isEqualTo("/deployments");
        Map<String, String> imageEnvironment = new HashMap<>();
        NodeList variables = (NodeList) xpath.evaluate(jib + "/container/environment/*", pom, XPathConstants.NODESET);
        for (int i = 0; i < variables.getLength(); i++) {
            imageEnvironment.put(variables.item(i).getNodeName(), variables.item(i).getTextContent());
        }
        assertThat(imageEnvironment).containsAllEntriesOf(JvmOptions.environment());
    }

    @Test
    void java_accepts_the_file_as_an_argument_file() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "@" + SHARED_OPTIONS_SOURCE, "-XX:+PrintFlagsFinal", "-version")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).containsPattern("UseSerialGC\\s+= true\\s+\\{product\\} \\{command line\\}");
    }

    private static List<String> texts(Document pom, XPath xpath, String expression) throws Exception {
        NodeList nodes = (NodeList) xpath.evaluate(expression, pom, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }
}
