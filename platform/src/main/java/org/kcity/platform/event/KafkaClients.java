package org.kcity.platform.event;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client settings every producer, consumer and admin client of a service starts from: every {@code kafka.*}
 * property of the configuration without its prefix ({@code kafka.bootstrap.servers}, and for a real cluster e.g.
 * {@code kafka.security.protocol}, {@code kafka.sasl.mechanism}, {@code kafka.ssl.truststore.location}).
 */
@ApplicationScoped
public class KafkaClients {

    private static final String PREFIX = "kafka.";

    private final Map<String, String> connection = new TreeMap<>();
    private final String applicationName;

    KafkaClients(Config config, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(PREFIX)) {
                config.getOptionalValue(name, String.class)
                        .ifPresent(value -> connection.put(name.substring(PREFIX.length()), value));
            }
        }
        connection.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        this.applicationName = applicationName;
    }

    public String applicationName() {
        return applicationName;
    }

    Properties common(String clientIdSuffix) {
        Properties config = new Properties();
        config.putAll(connection);
        config.put(CommonClientConfigs.CLIENT_ID_CONFIG, applicationName + "-" + clientIdSuffix);
        return config;
    }

    /** Idempotent, fully acknowledged, and quick to give up, so the caller can retry from the database. */
    Properties reliableProducer(String clientIdSuffix) {
        Properties config = common(clientIdSuffix);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        // A backlog goes out in few large requests instead of many 16 KB ones, which costs the broker far less.
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, "262144");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "10000");
        return config;
    }

    /** This instance's name: the application's, and the host's ({@code HOSTNAME}, a pod's name on Kubernetes). */
    String instanceName() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                host = "localhost";
            }
        }
        return applicationName + "-" + host;
    }

    /**
     * A static member of {@code groupId} that commits by hand: a restarted instance that comes back under the same
     * {@code instanceId} within the session timeout takes its partitions back without a rebalance.
     */
    Properties manualCommitConsumer(String groupId, String instanceId, Duration sessionTimeout) {
        Properties config = common("consumer");
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instanceId);
        config.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, String.valueOf(sessionTimeout.toMillis()));
        config.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, String.valueOf(sessionTimeout.toMillis() / 4));
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // A poll's records of a partition are applied in one transaction: bigger polls work off a backlog faster.
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
        // A commit that cannot reach the broker fails within seconds, and the supervisor rebuilds the client.
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        return config;
    }
}
