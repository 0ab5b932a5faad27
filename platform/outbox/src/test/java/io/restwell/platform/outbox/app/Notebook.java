package io.restwell.platform.outbox.app;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.restwell.platform.outbox.Outbox;

/** A use case of the test application: a note is saved with its event, or neither is. */
@ApplicationScoped
public class Notebook {

    public static final String NOTE_WRITTEN = "restwell.test.note-written.v1";
    /** Configured as restwell.outbox.drop-when-published: its row goes once Kafka has it. */
    public static final String NOTEBOOK_BURNT = "restwell.test.notebook-burnt.v1";

    /** The event's data: what a consumer needs, written as JSON. */
    public record NoteWritten(String noteId, String author, String text) {
    }

    private final EntityManager entityManager;
    private final Outbox outbox;

    Notebook(EntityManager entityManager, Outbox outbox) {
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    @Transactional
    public UUID write(String author, String text) {
        Note note = new Note();
        note.id = UUID.randomUUID();
        note.author = author;
        note.text = text;
        entityManager.persist(note);
        outbox.append(NOTE_WRITTEN, author, note.id.toString(), new NoteWritten(note.id.toString(), author, text));
        return note.id;
    }

    /** Several notes in one transaction: their events reach the relay together, as one batch. */
    @Transactional
    public List<UUID> writeAll(String author, List<String> texts) {
        return texts.stream().map(text -> write(author, text)).toList();
    }

    /** The author burns all their notes; the event says so and must not stay in the outbox. */
    @Transactional
    public UUID burn(String author) {
        entityManager.createQuery("delete from Note where author = :author").setParameter("author", author).executeUpdate();
        return outbox.append(NOTEBOOK_BURNT, author, author, new NoteWritten(null, author, null));
    }

    /** Writes, then fails before the commit: neither the note nor its event may survive. */
    @Transactional
    public void writeAndFail(String author, String text) {
        write(author, text);
        throw new IllegalStateException("the use case failed after writing");
    }
}
