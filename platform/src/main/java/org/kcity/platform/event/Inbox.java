package org.kcity.platform.event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** The ids of the events this service has applied. */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;

    Inbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Records the events, in one statement; returns those recorded now, that is, not applied before, in their order.
     * An id that occurs twice among them counts once, at its first occurrence.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    List<EventApplier.Delivery> firstDeliveries(List<EventApplier.Delivery> deliveries) {
        Map<String, EventApplier.Delivery> firstOfEachId = new LinkedHashMap<>();
        deliveries.forEach(delivery -> firstOfEachId.putIfAbsent(delivery.metadata().id(), delivery));
        Set<String> recorded = entityManager.unwrap(Session.class)
                .doReturningWork(connection -> record(connection, firstOfEachId.values()));
        return firstOfEachId.values().stream().filter(delivery -> recorded.contains(delivery.metadata().id())).toList();
    }

    private static Set<String> record(Connection connection, Collection<EventApplier.Delivery> deliveries)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO inbox_event (event_id, type, source, topic, partition_no, record_offset, received_at)
                SELECT event.*, now() FROM unnest(?, ?, ?, ?, ?, ?) AS event
                ON CONFLICT (event_id) DO NOTHING
                RETURNING event_id""")) {
            insert.setArray(1, connection.createArrayOf("varchar",
                    column(deliveries, delivery -> delivery.metadata().id(), String[]::new)));
            insert.setArray(2, connection.createArrayOf("varchar",
                    column(deliveries, delivery -> delivery.metadata().type(), String[]::new)));
            insert.setArray(3, connection.createArrayOf("varchar",
                    column(deliveries, delivery -> delivery.metadata().source(), String[]::new)));
            insert.setArray(4, connection.createArrayOf("varchar",
                    column(deliveries, EventApplier.Delivery::topic, String[]::new)));
            insert.setArray(5, connection.createArrayOf("int4",
                    column(deliveries, EventApplier.Delivery::partition, Integer[]::new)));
            insert.setArray(6, connection.createArrayOf("int8",
                    column(deliveries, EventApplier.Delivery::offset, Long[]::new)));
            Set<String> recorded = new HashSet<>();
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    recorded.add(rows.getString(1));
                }
            }
            return recorded;
        }
    }

    private static <T> T[] column(Collection<EventApplier.Delivery> deliveries, Function<EventApplier.Delivery, T> value,
            IntFunction<T[]> array) {
        return deliveries.stream().map(value).toArray(array);
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
