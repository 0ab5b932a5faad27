package io.restwell.recommendation.rest;

/** A well-formed accept that names a slot the suggestion does not offer: answered 422 naming the field. */
public class InvalidChoiceException extends RuntimeException {

    private final String field;

    public InvalidChoiceException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
