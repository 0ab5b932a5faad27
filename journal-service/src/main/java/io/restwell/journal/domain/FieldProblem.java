package io.restwell.journal.domain;

/** A broken rule about one input field, in words a person (or a client developer) can act on. */
public record FieldProblem(String field, String message) {
}
