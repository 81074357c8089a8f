package org.kcity.platform.event;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Deletes bookkeeping rows past their retention: published outbox rows, old inbox ids, old idempotency answers. */
@ApplicationScoped
public class RetentionJanitor {

    private static final Logger LOG = Logger.getLogger(RetentionJanitor.class);

    private final EventsConfig config;
    private final EntityManager entityManager;

    RetentionJanitor(EventsConfig config, EntityManager entityManager) {
        this.config = config;
        this.entityManager = entityManager;
    }

    @Scheduled(every = "${kcity.events.retention.every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void purge() {
        int outbox = delete("DELETE FROM outbox_event WHERE published_at < :before", config.retention().publishedOutbox());
        int inbox = delete("DELETE FROM inbox_event WHERE received_at < :before", config.retention().inbox());
        int keys = delete("DELETE FROM idempotency_record WHERE created_at < :before", config.retention().idempotencyKeys());
        if (outbox + inbox + keys > 0) {
            LOG.infof("Retention: deleted %d published outbox rows, %d inbox ids, %d idempotency answers", outbox, inbox, keys);
        }
    }

    private int delete(String statement, Duration retention) {
        return entityManager.createNativeQuery(statement)
                .setParameter("before", OffsetDateTime.now(ZoneOffset.UTC).minus(retention))
                .executeUpdate();
    }
}
