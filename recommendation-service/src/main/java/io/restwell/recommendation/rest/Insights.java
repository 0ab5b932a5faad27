package io.restwell.recommendation.rest;

import java.math.BigDecimal;
import java.util.List;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.recommendation.domain.MeanDifference;
import io.restwell.recommendation.domain.RoutineEffects;
import io.restwell.recommendation.domain.RoutineStep;
import io.restwell.recommendation.domain.SessionOutcomes;
import io.restwell.recommendation.service.Outcomes;

@Schema(name = "RecommendationInsights", description = "What attended sessions and the bedtime routine did for the caller's sleep and pain.")
public record Insights(
        @Schema(description = "The plain averages per session type (sessions with nights on both sides); "
                + "`sessionTypeEffects` has the same with the nights behind each figure and its uncertainty") List<SessionTypeOutcome> sessionTypes,
        @Schema(description = "Per session type with an attended session: relief reported, and nights and pain after its sessions "
                + "against before, with counts and a 95 % interval") List<SessionTypeEffect> sessionTypeEffects,
        @Schema(description = "Per routine step (every step, in the routine's order): nights after evenings with it against after "
                + "checked evenings without it") List<RoutineStepEffect> routineSteps,
        @Schema(description = "The fewest nights each side of a comparison needs for a figure; below it: NOT_ENOUGH_NIGHTS",
                example = "5") int minimumNights) {

    static Insights of(Outcomes.Insights insights) {
        return new Insights(
                insights.averages().stream().map(outcome -> new SessionTypeOutcome(outcome.sessionType(),
                        outcome.sessions(), outcome.averageEfficiencyChange(), outcome.averagePainChange())).toList(),
                insights.sessionTypes().stream().map(Insights::effect).toList(),
                insights.routineSteps().stream().map(Insights::step).toList(),
                insights.minimumNights());
    }

    private static SessionTypeEffect effect(SessionOutcomes.SessionTypeEffect effect) {
        return new SessionTypeEffect(effect.sessionType(), effect.attendedSessions(), effect.reliefReports(), effect.meanRelief(),
                BeforeAfter.of(effect.sleepEfficiency()), BeforeAfter.of(effect.sleepLatency()), BeforeAfter.of(effect.pain()));
    }

    private static RoutineStepEffect step(RoutineEffects.StepEffect effect) {
        return new RoutineStepEffect(effect.step(), WithWithout.of(effect.sleepEfficiency()), WithWithout.of(effect.sleepLatency()));
    }

    @Schema(name = "SessionTypeOutcome", description = "Attended sessions of one type with nights logged on both "
            + "sides, and the average change from the week before a session to the week from its day on.")
    public record SessionTypeOutcome(
            @Schema(example = "DEEP_TISSUE") String sessionType,
            @Schema(example = "3") int sessions,
            @Schema(description = "Sleep efficiency, in percentage points.", example = "4.2") BigDecimal averageEfficiencyChange,
            @Schema(description = "Pain on the 0–10 scale; negative is better.", example = "-1.5") @Nullable BigDecimal averagePainChange) {
    }

    @Schema(name = "SessionTypeEffect", description = "One session type: the sessions that count as attended (the clinic marked "
            + "them COMPLETED, or without a mark the caller said they went), the relief the caller reported, and the nights (and "
            + "days with a pain rating) of the weeks from those sessions' days on against the weeks before them.")
    public record SessionTypeEffect(
            @Schema(example = "DEEP_TISSUE") String sessionType,
            @Schema(example = "3") int attendedSessions,
            @Schema(description = "How many of them the caller reported relief for", example = "2") int reliefReports,
            @Nullable @Schema(description = "The mean relief reported, 0–10; null without reports", example = "6.5") BigDecimal meanRelief,
            @Schema(description = "Sleep efficiency, percentage points; higher is better") BeforeAfter sleepEfficiency,
            @Schema(description = "Minutes to fall asleep; lower is better") BeforeAfter sleepLatency,
            @Schema(description = "Pain 0–10, a day's ratings averaged; counts are days with a rating; lower is better") BeforeAfter pain) {
    }

    @Schema(name = "RoutineStepEffect", description = "One step of the bedtime routine: the nights after evenings the caller did it "
            + "against the nights after the evenings they checked without it (unchecked evenings do not count).")
    public record RoutineStepEffect(
            RoutineStep step,
            @Schema(description = "Sleep efficiency, percentage points; higher is better") WithWithout sleepEfficiency,
            @Schema(description = "Minutes to fall asleep; lower is better") WithWithout sleepLatency) {
    }

    @Schema(name = "BeforeAfterFigure", description = "A figure before and after sessions: the number of nights behind each side "
            + "always; the means, the change (after − before) and its 95 % interval (Welch's t, nights taken as independent) only "
            + "when `status` is ESTIMATED, else null.")
    public record BeforeAfter(
            MeanDifference.Status status,
            @Schema(example = "12") int nightsBefore,
            @Schema(example = "10") int nightsAfter,
            @Nullable @Schema(example = "78.8") BigDecimal meanBefore,
            @Nullable @Schema(example = "86.3") BigDecimal meanAfter,
            @Nullable @Schema(description = "after − before", example = "7.5") BigDecimal change,
            @Nullable @Schema(description = "The 95 % interval's lower end", example = "3.7") BigDecimal low,
            @Nullable @Schema(description = "The 95 % interval's upper end", example = "11.2") BigDecimal high) {

        static BeforeAfter of(MeanDifference.Estimate estimate) {
            return new BeforeAfter(estimate.status(), estimate.baselineNights(), estimate.comparedNights(), estimate.baselineMean(),
                    estimate.comparedMean(), estimate.change(), estimate.low(), estimate.high());
        }
    }

    @Schema(name = "WithWithoutFigure", description = "A figure with and without a routine step: the number of nights behind each "
            + "side always; the means, the change (with − without) and its 95 % interval (Welch's t, nights taken as independent) "
            + "only when `status` is ESTIMATED, else null.")
    public record WithWithout(
            MeanDifference.Status status,
            @Schema(example = "9") int nightsWithout,
            @Schema(example = "11") int nightsWith,
            @Nullable @Schema(example = "24.0") BigDecimal meanWithout,
            @Nullable @Schema(example = "16.5") BigDecimal meanWith,
            @Nullable @Schema(description = "with − without", example = "-7.5") BigDecimal change,
            @Nullable @Schema(description = "The 95 % interval's lower end", example = "-12.9") BigDecimal low,
            @Nullable @Schema(description = "The 95 % interval's upper end", example = "-2.1") BigDecimal high) {

        static WithWithout of(MeanDifference.Estimate estimate) {
            return new WithWithout(estimate.status(), estimate.baselineNights(), estimate.comparedNights(), estimate.baselineMean(),
                    estimate.comparedMean(), estimate.change(), estimate.low(), estimate.high());
        }
    }
}
