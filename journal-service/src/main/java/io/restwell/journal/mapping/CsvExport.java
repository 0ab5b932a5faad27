package io.restwell.journal.mapping;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.restwell.journal.PainEntry;
import io.restwell.journal.SleepEntry;

/**
 * The journal as one CSV (RFC 4180): a row per night and per pain rating, a {@code kind} column
 * telling them apart. Cells that a spreadsheet would run as a formula are defused.
 */
public final class CsvExport {

    static final List<String> HEADER = List.of("kind", "id", "night", "bedtime", "wake_time", "sleep_latency_minutes",
            "awakenings", "wake_after_sleep_onset_minutes", "quality", "time_in_bed_minutes", "total_sleep_minutes",
            "sleep_efficiency", "poor_sleep", "poor_sleep_reasons", "recorded_at", "intensity", "location",
            "character", "chronic", "stress_related", "disturbed_sleep", "notes");

    private CsvExport() {
    }

    public static String write(List<SleepEntry> nights, List<PainEntry> ratings) {
        StringBuilder csv = new StringBuilder(row(HEADER));
        for (SleepEntry night : nights) {
            csv.append(row(Stream.of("sleep", night.id, night.night, FhirExport.DATE_TIME.format(night.localBedtime()),
                    FhirExport.DATE_TIME.format(night.localWakeTime()),
                    night.sleepLatencyMinutes, night.awakenings, night.wakeAfterSleepOnsetMinutes, night.quality,
                    night.timeInBedMinutes, night.totalSleepMinutes, night.sleepEfficiency, night.poorSleep,
                    night.poorSleepReasons.replace(',', ' '), "", "", "", "", "", "", "", night.notes)
                    .map(CsvExport::text).toList()));
        }
        for (PainEntry rating : ratings) {
            csv.append(row(Stream.of("pain", rating.id, "", "", "", "", "", "", "", "", "", "", "", "",
                    FhirExport.DATE_TIME.format(rating.localRecordedAt()), rating.intensity, rating.location, rating.character, rating.chronic,
                    rating.stressRelated, rating.disturbedSleep, rating.notes).map(CsvExport::text).toList()));
        }
        return csv.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String row(List<String> cells) {
        return cells.stream().map(CsvExport::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !value.matches("-?[0-9.]+")
                ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
