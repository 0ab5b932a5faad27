package io.restwell.journal.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restwell.journal.domain.EntryKind;
import io.restwell.journal.domain.InvalidEntryException;
import io.restwell.journal.domain.PoorSleepReason;
import io.restwell.journal.domain.SleepAssessment;
import io.restwell.journal.domain.SleepMetrics;
import io.restwell.journal.domain.SleepSession;
import io.restwell.journal.domain.SleepStaging;
import io.restwell.journal.domain.SleepThresholds;
import io.restwell.journal.domain.SleepWrite;
import io.restwell.journal.domain.SourcePlatform;
import io.restwell.journal.domain.StageMinutes;
import io.restwell.journal.rest.FitbitSleepLogs;
import io.restwell.journal.rest.HealthConnectSleepImport;
import io.restwell.journal.rest.HealthKitSleepImport;

/** The real shapes of the three sources (src/test/resources/wearables) become the nights they measured. */
class WearableImportsTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    private static final SleepAssessment ASSESSMENT = new SleepAssessment(SleepThresholds.DEFAULTS);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static <T> T fixture(String name, Class<T> type) throws IOException {
        try (InputStream in = WearableImportsTest.class.getResourceAsStream("/wearables/" + name)) {
            return JSON.readValue(in, type);
        }
    }

    @Test
    void aFitbitStagesNightWithLongWakesIsPoor() throws IOException {
        List<SleepSession> sessions = WearableImports.fromFitbit(fixture("fitbit-stages-night.json", FitbitSleepLogs.class), BERLIN);
        assertEquals(1, sessions.size());
        SleepWrite write = SleepStaging.toWrite(sessions.get(0));
        assertEquals(OffsetDateTime.parse("2026-11-20T23:04:30+01:00"), write.diary().bedtime());
        assertEquals(LocalDate.parse("2026-11-20"), write.diary().night());
        assertEquals(EntryKind.NIGHT, write.kind());
        assertEquals(9, write.diary().sleepLatencyMinutes());
        assertEquals(2, write.diary().awakenings());
        assertEquals(48, write.diary().wakeAfterSleepOnsetMinutes());
        assertNull(write.diary().quality());
        // 404.5 min in sleep stages: light 246.5 (rounded 247), deep 72, REM 86; wake 57.5 (58); shortData is not read
        assertEquals(new StageMinutes(58, 247, 72, 86, 0, 0), write.stages());
        assertEquals(SourcePlatform.FITBIT, write.source().platform());
        assertEquals("46132398710", write.source().recordId());

        SleepMetrics metrics = ASSESSMENT.assess(write.diary());
        assertEquals(462, metrics.timeInBedMinutes());
        assertEquals(405, metrics.totalSleepMinutes());
        assertEquals(new BigDecimal("87.7"), metrics.sleepEfficiency());
        assertEquals(Set.of(PoorSleepReason.LONG_WAKE_AFTER_ONSET), metrics.poorSleepReasons());
    }

    @Test
    void aFitbitClassicLogThatIsNotTheMainSleepIsANapAndRestlessCountsAsAwake() throws IOException {
        SleepWrite write = SleepStaging.toWrite(
                WearableImports.fromFitbit(fixture("fitbit-classic-nap.json", FitbitSleepLogs.class), BERLIN).get(0));
        assertEquals(EntryKind.NAP, write.kind());
        assertEquals(LocalDate.parse("2026-11-21"), write.diary().night());
        assertEquals(3, write.diary().sleepLatencyMinutes());
        assertEquals(1, write.diary().awakenings());
        assertEquals(4, write.diary().wakeAfterSleepOnsetMinutes());
        assertEquals(new StageMinutes(7, 0, 0, 0, 0, 38), write.stages());
        assertEquals(38, ASSESSMENT.assess(write.diary()).totalSleepMinutes());
    }

    @Test
    void aHealthConnectSessionKeepsItsOffsetsDeviceAndVersion() throws IOException {
        SleepSession session = WearableImports.fromHealthConnect(fixture("health-connect-night.json", HealthConnectSleepImport.class)).get(0);
        assertEquals(OffsetDateTime.parse("2026-11-18T23:30:00+01:00"), session.start());
        assertEquals("+01:00", session.start().getOffset().getId());
        assertEquals("com.google.android.apps.fitness", session.source().app());
        assertEquals("Google Pixel Watch 2", session.source().device());
        assertEquals(OffsetDateTime.parse("2026-11-19T06:02:11.482Z").toInstant().toEpochMilli(), session.source().version());

        SleepWrite write = SleepStaging.toWrite(session);
        assertEquals(LocalDate.parse("2026-11-18"), write.diary().night());
        assertEquals(12, write.diary().sleepLatencyMinutes());
        assertEquals(1, write.diary().awakenings());
        assertEquals(20, write.diary().wakeAfterSleepOnsetMinutes());
        // awake (1) and awake in bed (7) are both awake; no out of bed in this night
        assertEquals(new StageMinutes(32, 258, 75, 85, 0, 0), write.stages());
        SleepMetrics metrics = ASSESSMENT.assess(write.diary());
        assertEquals(450, metrics.timeInBedMinutes());
        assertEquals(418, metrics.totalSleepMinutes());
        assertEquals(new BigDecimal("92.9"), metrics.sleepEfficiency());
        assertFalse(metrics.poorSleep());
    }

    @Test
    void healthKitSamplesOfOneWatchBecomeOneSessionBoundedByInBed() throws IOException {
        List<SleepSession> sessions = WearableImports.fromHealthKit(fixture("healthkit-night.json", HealthKitSleepImport.class));
        assertEquals(1, sessions.size());
        SleepSession session = sessions.get(0);
        assertEquals("6E1F3A0C-9A52-4C7B-8C55-0A3E5C2D7B00", session.source().recordId());
        assertEquals("Anna’s Apple Watch (Watch6,1)", session.source().device());
        SleepWrite write = SleepStaging.toWrite(session);
        assertEquals(LocalDate.parse("2026-11-19"), write.diary().night());
        assertEquals(14, write.diary().sleepLatencyMinutes());
        assertEquals(1, write.diary().awakenings());
        assertEquals(52, write.diary().wakeAfterSleepOnsetMinutes());
        assertEquals(new StageMinutes(66, 236, 69, 79, 0, 0), write.stages());
        SleepMetrics metrics = ASSESSMENT.assess(write.diary());
        assertEquals(384, metrics.totalSleepMinutes());
        assertEquals(new BigDecimal("85.3"), metrics.sleepEfficiency());
        assertEquals(Set.of(PoorSleepReason.LONG_WAKE_AFTER_ONSET), metrics.poorSleepReasons());
    }

    @Test
    void valuesTheSourceDoesNotDefineAreNamed() throws IOException {
        String fitbit = new String(WearableImportsTest.class.getResourceAsStream("/wearables/fitbit-stages-night.json").readAllBytes())
                .replaceFirst("\"level\": \"deep\"", "\"level\": \"dozing\"");
        InvalidEntryException e = assertThrows(InvalidEntryException.class,
                () -> WearableImports.fromFitbit(JSON.readValue(fitbit, FitbitSleepLogs.class), BERLIN));
        assertEquals("sleep[0].levels.data[2].level", e.problems().get(0).field());

        String healthKit = new String(WearableImportsTest.class.getResourceAsStream("/wearables/healthkit-night.json").readAllBytes())
                .replaceFirst("HKCategoryValueSleepAnalysisAsleepREM", "HKCategoryValueSleepAnalysisDreaming");
        e = assertThrows(InvalidEntryException.class,
                () -> WearableImports.fromHealthKit(JSON.readValue(healthKit, HealthKitSleepImport.class)));
        assertTrue(e.problems().get(0).field().matches("samples\\[\\d+]\\.value"), e.problems().toString());
    }
}
