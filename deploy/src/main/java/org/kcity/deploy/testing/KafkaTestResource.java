package org.kcity.deploy.testing;

import java.nio.file.Path;
import java.util.Map;

import org.kcity.deploy.KafkaBroker;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * One real Kafka broker per test JVM, shared by every Quarkus application the tests start. It runs
 * until the JVM exits; tests that simulate an outage stop and restart it through {@link #broker()}.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static KafkaBroker broker;

    public static synchronized KafkaBroker broker() {
        if (broker == null) {
            Path home = Path.of("target", "kcity-kafka-" + ProcessHandle.current().pid());
            broker = KafkaBroker.onFreePorts(home);
            broker.start();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "kafka-test-broker-stop"));
        }
        return broker;
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
