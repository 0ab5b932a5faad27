package io.restwell.recommendation.rest;

import java.util.List;

/** The chosen slot went to someone else meanwhile: answered 409 with the suggestion's fresh slots. */
public class SlotTakenException extends RuntimeException {

    private final transient List<SlotResponse> freshSlots;

    public SlotTakenException(List<SlotResponse> freshSlots) {
        super("That slot was just booked by someone else; here are the next open ones");
        this.freshSlots = freshSlots;
    }

    public List<SlotResponse> freshSlots() {
        return freshSlots;
    }
}
