package org.kcity.platform.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** The ids of the events this service has applied. */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;

    Inbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records the event; false when it was recorded before, that is, already applied. */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean firstDelivery(EventMetadata event, String topic, int partition, long offset) {
        return entityManager.createNativeQuery("""
                INSERT INTO inbox_event (event_id, type, source, topic, partition_no, record_offset, received_at)
                VALUES (:id, :type, :source, :topic, :partition, :offset, now())
                ON CONFLICT (event_id) DO NOTHING""")
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .setParameter("source", event.source())
                .setParameter("topic", topic)
                .setParameter("partition", partition)
                .setParameter("offset", offset)
                .executeUpdate() == 1;
    }

    boolean databaseReachable() {
        try {
            QuarkusTransaction.requiringNew()
                    .run(() -> entityManager.createNativeQuery("SELECT 1").getSingleResult());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
