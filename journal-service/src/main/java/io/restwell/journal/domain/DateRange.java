package io.restwell.journal.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;


/**
 * The {@code from}/{@code to} filter of lists and summaries: ISO dates, both inclusive, either open.
 * Parsed here rather than by JAX-RS, which would answer a bad date with 404.
 */
public record DateRange(LocalDate from, LocalDate to) {

    public static DateRange parse(String from, String to) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate start = date("from", from, problems);
        LocalDate end = date("to", to, problems);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(new FieldProblem("to", "must not be before from"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidQueryException(problems);
        }
        return new DateRange(start, end);
    }

    public LocalDate fromOrEarliest() {
        return from == null ? LocalDate.of(1900, 1, 1) : from;
    }

    public LocalDate toOrLatest() {
        return to == null ? LocalDate.of(9999, 12, 31) : to;
    }

    private static LocalDate date(String name, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(name, "must be an ISO date such as 2026-11-21"));
            return null;
        }
    }

    /** A query parameter that cannot be used: answered 400 naming it. */
    public static class InvalidQueryException extends JournalException {
        private final transient List<FieldProblem> problems;

        public InvalidQueryException(List<FieldProblem> problems) {
            super(problems.toString());
            this.problems = problems;
        }

        public List<FieldProblem> problems() {
            return problems;
        }
    }
}
