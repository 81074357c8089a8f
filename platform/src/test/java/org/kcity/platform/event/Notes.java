package org.kcity.platform.event;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

/** The test application's aggregate: writing a note publishes {@code kcity.platform.note_written.v1}. */
@ApplicationScoped
public class Notes {

    public static final String WRITTEN = "kcity.platform.note_written.v1";
    public static final String TAGGED = "kcity.platform.note_tagged.v1";

    public record NoteWritten(@NotNull String noteId, @NotNull String text) implements OutgoingEvent {

        @Override
        public String type() {
            return WRITTEN;
        }

        @Override
        public String subject() {
            return noteId;
        }
    }

    public record NoteTagged(String noteId, String tag) {
    }

    private final EntityManager entityManager;
    private final EventOutbox outbox;
    private final Set<String> refusedMarkers = ConcurrentHashMap.newKeySet();
    private final Set<String> crashOnceMarkers = ConcurrentHashMap.newKeySet();
    private final Map<String, Runnable> onceOnMarkers = new ConcurrentHashMap<>();

    Notes(EntityManager entityManager, EventOutbox outbox) {
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    @Transactional
    public void write(String id, String text) {
        entityManager.createNativeQuery("INSERT INTO note (id, text, version) VALUES (:id, :text, 1)")
                .setParameter("id", id).setParameter("text", text).executeUpdate();
        outbox.append(new NoteWritten(id, text));
    }

    @Transactional
    public long stored(String id) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM note WHERE id = :id")
                .setParameter("id", id).getSingleResult()).longValue();
    }

    @Transactional
    public List<String> received(String noteId) {
        return entityManager.createNativeQuery("SELECT text FROM received_note WHERE note_id = :id ORDER BY id", String.class)
                .setParameter("id", noteId).getResultList();
    }

    /** Applications of NoteWritten for notes whose id starts with {@code prefix}, and how many distinct notes they are. */
    @Transactional
    public Received receivedWithPrefix(String prefix) {
        Object[] counts = (Object[]) entityManager.createNativeQuery(
                "SELECT count(*), count(DISTINCT note_id) FROM received_note WHERE note_id LIKE :prefix")
                .setParameter("prefix", prefix + "%").getSingleResult();
        return new Received(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
    }

    public record Received(long applications, long notes) {
    }

    /** Simulates a bug of the consuming side: notes whose text contains {@code marker} are refused until fixed. */
    public void refuseTextsContaining(String marker) {
        refusedMarkers.add(marker);
    }

    public void fixRefusal(String marker) {
        refusedMarkers.remove(marker);
    }

    /** Simulates a fault that kills the consumer's session once: the JVM-level error a handler cannot catch. */
    public void crashOnceOnTextContaining(String marker) {
        crashOnceMarkers.add(marker);
    }

    /** Runs {@code action} while the first note whose text contains {@code marker} is being applied, e.g. an outage. */
    public void runOnceOnTextContaining(String marker, Runnable action) {
        onceOnMarkers.put(marker, action);
    }

    @Transactional
    public long pendingInOutbox() {
        return OutboxEvent.pendingCount();
    }

    /** The consuming side: records every application of NoteWritten. */
    @Transactional(Transactional.TxType.MANDATORY)
    void applyWritten(EventMetadata event, NoteWritten data) {
        if (data.noteId() == null) {
            throw new IllegalArgumentException("noteId is required");
        }
        if (refusedMarkers.stream().anyMatch(data.text()::contains)) {
            throw new IllegalStateException("notes like '" + data.text() + "' are refused");
        }
        if (crashOnceMarkers.removeIf(data.text()::contains)) {
            throw new InternalError("simulated failure of the consumer's session");
        }
        onceOnMarkers.keySet().stream().filter(data.text()::contains).toList()
                .forEach(marker -> onceOnMarkers.remove(marker).run());
        receive(data.noteId(), data.text(), event);
    }

    /** Depends on the note's NoteWritten, which may travel on another partition and come later. */
    @Transactional(Transactional.TxType.MANDATORY)
    void applyTagged(EventMetadata event, NoteTagged data) {
        if (received(data.noteId()).isEmpty()) {
            throw new EventArrivedEarly("note " + data.noteId() + " has not been received yet");
        }
        receive(data.noteId(), "tag:" + data.tag(), event);
    }

    private void receive(String noteId, String text, EventMetadata event) {
        entityManager.createNativeQuery("INSERT INTO received_note (note_id, text, event_id) VALUES (:note, :text, :event)")
                .setParameter("note", noteId).setParameter("text", text).setParameter("event", event.id())
                .executeUpdate();
    }

    @ApplicationScoped
    static class NoteSubscriber implements EventSubscriber {

        private final Notes notes;

        NoteSubscriber(Notes notes) {
            this.notes = notes;
        }

        @Override
        public void subscribe(EventRoutes routes) {
            routes.on(WRITTEN, NoteWritten.class, notes::applyWritten)
                    .on(TAGGED, NoteTagged.class, notes::applyTagged);
        }
    }
}
