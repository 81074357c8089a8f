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

    /** The consuming side: records every application of NoteWritten. */
    @Transactional(Transactional.TxType.MANDATORY)
    void applyWritten(EventMetadata event, NoteWritten data) {
        if (data.noteId() == null) {
            throw new IllegalArgumentException("noteId is required");
        }
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
