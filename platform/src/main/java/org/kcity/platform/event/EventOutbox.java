package org.kcity.platform.event;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Records events in the caller's transaction, so an event exists exactly when the state change it
 * reports was committed. {@link OutboxRelay} publishes them; it is woken the moment the transaction commits.
 */
@ApplicationScoped
public class EventOutbox {

    private final EventsConfig config;
    private final ObjectMapper json;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    EventOutbox(EventsConfig config, ObjectMapper json, TransactionSynchronizationRegistry transactions, OutboxRelay relay) {
        this.config = config;
        this.json = json;
        this.transactions = transactions;
        this.relay = relay;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(OutgoingEvent event) {
        Objects.requireNonNull(event.type(), "type");
        Objects.requireNonNull(event.subject(), "subject");
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.randomUUID();
        row.type = event.type();
        row.subject = event.subject();
        row.topic = config.topic();
        row.payload = serialize(event);
        row.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        row.persist();
        transactions.registerInterposedSynchronization(new WakeRelayOnCommit(relay));
    }

    private String serialize(OutgoingEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + event.type() + " cannot be serialized", e);
        }
    }

    private record WakeRelayOnCommit(OutboxRelay relay) implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wakeUp();
            }
        }
    }
}
