package io.restwell.journal.domain;

import java.util.List;


/** Well-formed input that breaks a journal rule (wake before bed, …): answered 422 naming the fields. */
public class InvalidEntryException extends JournalException {

    private final transient List<FieldProblem> problems;

    public InvalidEntryException(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
