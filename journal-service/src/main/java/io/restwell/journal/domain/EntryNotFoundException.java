package io.restwell.journal.domain;

/** No entry with that id belongs to this person: answered 404, exactly like an id that does not exist. */
public class EntryNotFoundException extends JournalException {

    public EntryNotFoundException(String kind) {
        super("There is no such " + kind + " in your journal.");
    }
}
