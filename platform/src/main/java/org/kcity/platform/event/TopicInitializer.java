package org.kcity.platform.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/**
 * Creates, when missing, the topics a service needs: the one it publishes to, the ones it consumes and
 * their dead-letter topics. Brokers run with topic auto-creation off, so a misspelt topic fails loudly.
 */
@ApplicationScoped
public class TopicInitializer {

    private static final Logger LOG = Logger.getLogger(TopicInitializer.class);

    private final EventsConfig config;
    private final KafkaClients clients;

    TopicInitializer(EventsConfig config, KafkaClients clients) {
        this.config = config;
        this.clients = clients;
    }

    /** Returns true when every topic exists; false when the broker could not be reached. */
    public boolean ensureTopics() {
        List<NewTopic> wanted = requiredTopics().stream().map(this::newTopic).toList();
        try (Admin admin = Admin.create(clients.common("topic-initializer"))) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = wanted.stream().filter(topic -> !existing.contains(topic.name())).toList();
            if (!missing.isEmpty()) {
                createIgnoringRaces(admin, missing);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.warnf("Topics not yet ensured (%s); will retry", Failures.describe(e));
            return false;
        }
    }

    /** Dead-letter topics keep their records until an operator deletes them: no time or size limit. */
    private NewTopic newTopic(String name) {
        NewTopic topic = new NewTopic(name, config.partitions(), config.replicationFactor());
        return deadLetterTopics().contains(name)
                ? topic.configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.RETENTION_BYTES_CONFIG, "-1"))
                : topic;
    }

    private Set<String> deadLetterTopics() {
        Set<String> topics = new LinkedHashSet<>();
        config.consumer().topics().orElse(List.of()).forEach(topic -> topics.add(DeadLetters.topicFor(topic)));
        return topics;
    }

    Set<String> requiredTopics() {
        Set<String> topics = new LinkedHashSet<>();
        topics.add(config.topic());
        List<String> consumed = config.consumer().topics().orElse(List.of());
        topics.addAll(consumed);
        topics.addAll(deadLetterTopics());
        return topics;
    }

    private static void createIgnoringRaces(Admin admin, List<NewTopic> missing)
            throws InterruptedException, ExecutionException, TimeoutException {
        List<Exception> failures = new ArrayList<>();
        admin.createTopics(missing).values().forEach((name, creation) -> {
            try {
                creation.get(10, TimeUnit.SECONDS);
                LOG.infof("Created topic %s", name);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    failures.add(e);
                }
            } catch (InterruptedException | TimeoutException e) {
                failures.add(e);
            }
        });
        if (!failures.isEmpty()) {
            throw new ExecutionException("Topic creation failed", failures.get(0));
        }
    }
}
