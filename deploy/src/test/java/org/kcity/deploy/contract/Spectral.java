package org.kcity.deploy.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Spectral, the OpenAPI linter, installed from the npm registry at the versions {@code deploy/openapi-lint}'s
 * lockfile pins (once per {@code target/}), and run with that folder's ruleset.
 */
final class Spectral {

    private static final Path SOURCE = Path.of("openapi-lint");
    private static final Path HOME = Path.of("target", "openapi-lint").toAbsolutePath();
    private static final List<String> INSTALLED_FILES = List.of("package.json", "package-lock.json", "ruleset.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One thing Spectral found. Severity 0 is an error, 1 a warning. */
    record Finding(Path document, String rule, int severity, String where, String message) {

        boolean isError() {
            return severity == 0;
        }

        @Override
        public String toString() {
            return document.getFileName() + " " + where + ": " + rule + ": " + message;
        }
    }

    private Spectral() {
    }

    /** Whether this machine has Node.js and npm to run Spectral with. */
    static boolean canRun() {
        try {
            return run(List.of("npm", "--version"), Path.of("."), 30).exitCode() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    static Spectral installed() throws IOException {
        Files.createDirectories(HOME);
        boolean changed = false;
        for (String file : INSTALLED_FILES) {
            Path target = HOME.resolve(file);
            byte[] wanted = Files.readAllBytes(SOURCE.resolve(file));
            if (!Files.exists(target) || !Arrays.equals(wanted, Files.readAllBytes(target))) {
                Files.write(target, wanted);
                changed = true;
            }
        }
        if (changed || !Files.exists(executable())) {
            Outcome install = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts"), HOME, 600);
            if (install.exitCode() != 0) {
                throw new IllegalStateException("npm ci failed in " + HOME + ":\n" + install.output());
            }
        }
        return new Spectral();
    }

    List<Finding> lint(List<Path> documents) throws IOException {
        List<String> command = new ArrayList<>(List.of(executable().toString(), "lint", "--ruleset",
                HOME.resolve("ruleset.yaml").toString(), "--format", "json"));
        documents.forEach(document -> command.add(document.toAbsolutePath().normalize().toString()));
        Outcome lint = run(command, HOME, 300);
        String output = lint.output();
        int start = output.startsWith("[") ? 0 : output.indexOf("\n[") + 1;
        if (!output.startsWith("[", start)) {
            throw new IllegalStateException("Spectral did not report (exit " + lint.exitCode() + "):\n" + output);
        }
        JsonNode findings = JSON.readTree(output.substring(start));
        return StreamSupport.stream(findings.spliterator(), false)
                .map(finding -> new Finding(Path.of(finding.path("source").asText()),
                        finding.path("code").asText(), finding.path("severity").asInt(),
                        StreamSupport.stream(finding.path("path").spliterator(), false).map(JsonNode::asText)
                                .collect(Collectors.joining(" > ")),
                        finding.path("message").asText()))
                .toList();
    }

    private static Path executable() {
        return HOME.resolve(Path.of("node_modules", ".bin", "spectral"));
    }

    private record Outcome(int exitCode, String output) {
    }

    private static Outcome run(List<String> command, Path directory, int timeoutSeconds) throws IOException {
        Path log = Files.createTempFile("spectral", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
            }
            return new Outcome(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
