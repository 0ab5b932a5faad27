package io.restwell.recommendation.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.restwell.recommendation.domain.RecommendationException.InvalidRoutineCheck;

/**
 * Which steps of the bedtime routine a person did on one evening. {@code night} is the date of that evening, as
 * the journal names a night (the bedtime's date, or the day before for a bedtime after midnight), so the check
 * of an evening pairs with the night that follows it.
 */
public record RoutineCheck(LocalDate night, Set<RoutineStep> steps) {

    public RoutineCheck {
        steps = Set.copyOf(steps);
    }

    /** The steps in the routine's order. */
    public List<RoutineStep> orderedSteps() {
        return Arrays.stream(RoutineStep.values()).filter(steps::contains).toList();
    }

    /**
     * A check as the person sent it: the evening (an ISO date, not after {@code today} on their clock) and the steps
     * done ({@code []}: none; a step named twice counts once). A broken rule is an {@link InvalidRoutineCheck}
     * naming each field.
     */
    public static RoutineCheck of(String night, List<RoutineStep> steps, LocalDate today) {
        List<FieldViolation> violations = new ArrayList<>();
        LocalDate evening = null;
        try {
            evening = evening(night, today);
        } catch (InvalidRoutineCheck e) {
            violations.addAll(e.violations());
        }
        if (steps == null) {
            violations.add(new FieldViolation("steps", "is required: the steps of the routine you did, [] for none"));
        } else {
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i) == null) {
                    violations.add(new FieldViolation("steps[" + i + "]", "must be one of " + List.of(RoutineStep.values())));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRoutineCheck(violations);
        }
        return new RoutineCheck(evening, Set.copyOf(steps));
    }

    /** The evening a path names: an ISO date not after {@code today}. */
    public static LocalDate evening(String night, LocalDate today) {
        LocalDate evening;
        try {
            evening = LocalDate.parse(night);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidRoutineCheck(List.of(new FieldViolation("night", "must be an ISO date, e.g. 2026-12-04")));
        }
        if (evening.isAfter(today)) {
            throw new InvalidRoutineCheck(List.of(new FieldViolation("night",
                    "must not be in the future: the evening whose routine you did, today (" + today + ") at the latest")));
        }
        return evening;
    }
}
