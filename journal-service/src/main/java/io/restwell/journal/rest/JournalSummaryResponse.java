package io.restwell.journal.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.journal.domain.JournalSummary;

@Schema(name = "JournalSummary", description = "How the caller's nights and pain went between two dates.")
public record JournalSummaryResponse(
        LocalDate from,
        LocalDate to,
        int nightsLogged,
        @Schema(description = "Average sleep efficiency (percent); null without nights.") BigDecimal averageEfficiency,
        @Schema(description = "Null without nights.") Integer averageTotalSleepMinutes,
        int poorNights,
        @Schema(description = "Poor-sleep reasons, most frequent first.") List<JournalSummary.ReasonCount> mostCommonReasons,
        List<JournalSummary.PainAtLocation> painByLocation,
        JournalSummary.PainSleepLoop painSleepLoop) {

    static JournalSummaryResponse of(JournalSummary.Result summary) {
        return new JournalSummaryResponse(summary.from(), summary.to(), summary.nightsLogged(),
                summary.averageEfficiency(), summary.averageTotalSleepMinutes(), summary.poorNights(),
                summary.mostCommonReasons(), summary.painByLocation(), summary.painSleepLoop());
    }
}
