package org.kcity.deploy.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.kcity.deploy.KafkaBroker;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * One real Kafka broker per test JVM, shared by every Quarkus application the tests start. It runs
 * until the JVM exits; tests that simulate an outage stop and restart it through {@link #broker()}.
 * An application started under a {@code @TestProfile} loads this class anew, so it gets a broker of its own, in a
 * directory of its own: two brokers in one log directory corrupt each other's metadata.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static KafkaBroker broker;

    public static synchronized KafkaBroker broker() {
        if (broker == null) {
            broker = KafkaBroker.onFreePorts(freshHome());
            broker.start();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "kafka-test-broker-stop"));
        }
        return broker;
    }

    private static Path freshHome() {
        try {
            Path target = Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(target, "kcity-kafka-" + ProcessHandle.current().pid() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make a directory for the test broker", e);
        }
    }

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", broker().bootstrapServers());
    }

    @Override
    public void stop() {
        // Shared by every application start in this JVM: the shutdown hook stops it.
    }
}
