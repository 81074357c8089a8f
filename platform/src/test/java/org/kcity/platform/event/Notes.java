package org.kcity.platform.event;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The test application's aggregate: writing a note publishes {@code kcity.platform.note_written.v1}. */
@ApplicationScoped
public class Notes {

    public static final String WRITTEN = "kcity.platform.note_written.v1";
    public static final String TAGGED = "kcity.platform.note_tagged.v1";

    public record NoteWritten(String noteId, String text) {
    }

    public record NoteTagged(String noteId, String tag) {
    }

    private final EntityManager entityManager;
    private final EventOutbox outbox;

    Notes(EntityManager entityManager, EventOutbox outbox) {
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    @Transactional
    public void write(String id, String text) {
        entityManager.createNativeQuery("INSERT INTO note (id, text, version) VALUES (:id, :text, 1)")
                .setParameter("id", id).setParameter("text", text).executeUpdate();
        outbox.append(new OutgoingEvent(WRITTEN, id, new NoteWritten(id, text)));
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

    @Transactional
    public long pendingInOutbox() {
        return OutboxEvent.pendingCount();
    }

    /** The consuming side: records every application of the event. */
    @ApplicationScoped
    public static class NoteWrittenHandler implements EventHandler<NoteWritten> {

        private final EntityManager entityManager;

        NoteWrittenHandler(EntityManager entityManager) {
            this.entityManager = entityManager;
        }

        @Override
        public String eventType() {
            return WRITTEN;
        }

        @Override
        public Class<NoteWritten> dataType() {
            return NoteWritten.class;
        }

        @Override
        public void handle(EventMetadata event, NoteWritten data) {
            if (data.noteId() == null) {
                throw new IllegalArgumentException("noteId is required");
            }
            entityManager.createNativeQuery("INSERT INTO received_note (note_id, text, event_id) VALUES (:note, :text, :event)")
                    .setParameter("note", data.noteId()).setParameter("text", data.text()).setParameter("event", event.id())
                    .executeUpdate();
        }
    }

    /** Depends on the note's NoteWritten, which may travel on another partition and come later. */
    @ApplicationScoped
    public static class NoteTaggedHandler implements EventHandler<NoteTagged> {

        private final EntityManager entityManager;

        NoteTaggedHandler(EntityManager entityManager) {
            this.entityManager = entityManager;
        }

        @Override
        public String eventType() {
            return TAGGED;
        }

        @Override
        public Class<NoteTagged> dataType() {
            return NoteTagged.class;
        }

        @Override
        public void handle(EventMetadata event, NoteTagged data) {
            long written = ((Number) entityManager.createNativeQuery("SELECT count(*) FROM received_note WHERE note_id = :note")
                    .setParameter("note", data.noteId()).getSingleResult()).longValue();
            if (written == 0) {
                throw new EventArrivedEarly("note " + data.noteId() + " has not been received yet");
            }
            entityManager.createNativeQuery("INSERT INTO received_note (note_id, text, event_id) VALUES (:note, :text, :event)")
                    .setParameter("note", data.noteId()).setParameter("text", "tag:" + data.tag()).setParameter("event", event.id())
                    .executeUpdate();
        }
    }
}
