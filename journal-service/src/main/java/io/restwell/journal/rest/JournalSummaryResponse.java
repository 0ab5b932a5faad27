package io.restwell.journal.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.journal.domain.JournalSummary;
import io.restwell.journal.domain.PainLocation;
import io.restwell.journal.domain.PoorSleepReason;

@Schema(name = "JournalSummary", description = "How the caller's nights and pain went between two dates.")
public record JournalSummaryResponse(
        LocalDate from,
        LocalDate to,
        int nightsLogged,
        @Schema(description = "Average sleep efficiency (percent); null without nights.") @Nullable BigDecimal averageEfficiency,
        @Schema(description = "Null without nights.") @Nullable Integer averageTotalSleepMinutes,
        int poorNights,
        @Schema(description = "Poor-sleep reasons, most frequent first.") List<ReasonCount> mostCommonReasons,
        List<PainAtLocation> painByLocation,
        PainSleepLoop painSleepLoop) {

    // The domain's records carry no annotations (domain/ stays framework-free); these say what may be null.
    @Schema(name = "ReasonCount")
    public record ReasonCount(PoorSleepReason reason, int nights) {
    }

    @Schema(name = "PainAtLocation")
    public record PainAtLocation(PainLocation location, int ratings, BigDecimal averageIntensity, int peakIntensity) {
    }

    @Schema(name = "PainSleepLoop", description = "Nights after high-pain days against nights after lower-pain days.")
    public record PainSleepLoop(int highPainAtLeast, int nightsAfterHighPainDays,
            @Schema(description = "Null without such nights.") @Nullable BigDecimal averageEfficiencyAfterHighPain,
            int nightsAfterLowerPainDays,
            @Schema(description = "Null without such nights.") @Nullable BigDecimal averageEfficiencyAfterLowerPain,
            @Schema(description = "Pearson's r between a day's peak pain and that evening's night's efficiency; "
                    + "null with fewer than 3 pairs or no variation.") @Nullable BigDecimal correlation) {
    }

    static JournalSummaryResponse of(JournalSummary.Result summary) {
        JournalSummary.PainSleepLoop loop = summary.painSleepLoop();
        return new JournalSummaryResponse(summary.from(), summary.to(), summary.nightsLogged(),
                summary.averageEfficiency(), summary.averageTotalSleepMinutes(), summary.poorNights(),
                summary.mostCommonReasons().stream().map(count -> new ReasonCount(count.reason(), count.nights())).toList(),
                summary.painByLocation().stream().map(pain -> new PainAtLocation(pain.location(), pain.ratings(),
                        pain.averageIntensity(), pain.peakIntensity())).toList(),
                new PainSleepLoop(loop.highPainAtLeast(), loop.nightsAfterHighPainDays(), loop.averageEfficiencyAfterHighPain(),
                        loop.nightsAfterLowerPainDays(), loop.averageEfficiencyAfterLowerPain(), loop.correlation()));
    }
}
