package io.restwell.journal.domain;

/** The journal's own failures, one family: rest/JournalProblemMappers answers each with a problem. */
public abstract class JournalException extends RuntimeException {

    protected JournalException(String message) {
        super(message);
    }
}
