package io.restwell.journal.mapping;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.restwell.journal.domain.FieldProblem;
import io.restwell.journal.domain.InvalidEntryException;
import io.restwell.journal.domain.SleepSession;
import io.restwell.journal.domain.SleepSource;
import io.restwell.journal.domain.SleepStage;
import io.restwell.journal.domain.SourcePlatform;
import io.restwell.journal.domain.StageSpan;
import io.restwell.journal.rest.FitbitSleepLogs;
import io.restwell.journal.rest.HealthConnectSleepImport;
import io.restwell.journal.rest.HealthKitSleepImport;

/**
 * The three wearable shapes as sleep sessions (docs/journal-sync.md, "Wearable import"). A value the source
 * does not define (a stage, a sleep analysis value, a level) is a 422 naming it.
 */
public final class WearableImports {

    /** HealthKit has no sessions: samples of one source this close together belong to one. */
    static final Duration HEALTHKIT_SESSION_GAP = Duration.ofHours(2);

    private WearableImports() {
    }

    /** Health Connect SleepSessionRecords; the version is lastModifiedTime, so an edited record replaces its import. */
    public static List<SleepSession> fromHealthConnect(HealthConnectSleepImport body) {
        List<FieldProblem> problems = new ArrayList<>();
        List<SleepSession> sessions = new ArrayList<>();
        for (int i = 0; i < body.records().size(); i++) {
            HealthConnectSleepImport.Session record = body.records().get(i);
            String field = "records[" + i + "]";
            ZoneOffset startOffset = offset(record.startZoneOffset(), ZoneOffset.UTC);
            ZoneOffset endOffset = offset(record.endZoneOffset(), startOffset);
            List<StageSpan> stages = new ArrayList<>();
            for (int j = 0; j < record.stages().size(); j++) {
                HealthConnectSleepImport.Stage stage = record.stages().get(j);
                SleepStage kind = healthConnectStage(stage.stage());
                // STAGE_TYPE_UNKNOWN says nothing: the time counts as in bed, not asleep
                if (kind != null) {
                    stages.add(new StageSpan(kind, stage.startTime(), stage.endTime(), field + ".stages[" + j + "]"));
                }
            }
            var metadata = record.metadata();
            String device = metadata.device() == null ? null : join(metadata.device().manufacturer(), metadata.device().model());
            long version = metadata.lastModifiedTime() == null ? 0 : Math.max(0, metadata.lastModifiedTime().toEpochMilli());
            sessions.add(new SleepSession(record.startTime().atOffset(startOffset), record.endTime().atOffset(endOffset), stages,
                    null, new SleepSource(SourcePlatform.HEALTH_CONNECT, metadata.dataOrigin().packageName(), device,
                            metadata.id(), version), field));
        }
        return checked(sessions, problems);
    }

    /**
     * HealthKit sleep analysis samples: grouped by source, then into sessions of samples less than 2 h apart. The
     * session runs from its first sample's start to its last one's end (inBed samples only widen it); the record id
     * is the session's earliest sample's uuid.
     */
    public static List<SleepSession> fromHealthKit(HealthKitSleepImport body) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, List<Integer>> bySource = new LinkedHashMap<>();
        for (int i = 0; i < body.samples().size(); i++) {
            bySource.computeIfAbsent(body.samples().get(i).sourceRevision().source().bundleIdentifier(), k -> new ArrayList<>()).add(i);
        }
        List<SleepSession> sessions = new ArrayList<>();
        for (List<Integer> indexes : bySource.values()) {
            List<Integer> inOrder = indexes.stream()
                    .sorted(Comparator.comparing(i -> body.samples().get(i).startDate().toInstant())).toList();
            List<Integer> session = new ArrayList<>();
            Instant sessionEnd = null;
            for (int i : inOrder) {
                HealthKitSleepImport.Sample sample = body.samples().get(i);
                if (sessionEnd != null && sample.startDate().toInstant().isAfter(sessionEnd.plus(HEALTHKIT_SESSION_GAP))) {
                    sessions.add(healthKitSession(body, session, problems));
                    session = new ArrayList<>();
                    sessionEnd = null;
                }
                session.add(i);
                Instant end = sample.endDate().toInstant();
                sessionEnd = sessionEnd == null || end.isAfter(sessionEnd) ? end : sessionEnd;
            }
            sessions.add(healthKitSession(body, session, problems));
        }
        sessions.sort(Comparator.comparing(s -> s.start().toInstant()));
        return checked(sessions, problems);
    }

    /** Fitbit sleep logs v1.2; their local times are in {@code zone}, the person's Fitbit time zone. */
    public static List<SleepSession> fromFitbit(FitbitSleepLogs body, ZoneId zone) {
        List<FieldProblem> problems = new ArrayList<>();
        List<SleepSession> sessions = new ArrayList<>();
        for (int i = 0; i < body.sleep().size(); i++) {
            FitbitSleepLogs.Log log = body.sleep().get(i);
            String field = "sleep[" + i + "]";
            List<StageSpan> stages = new ArrayList<>();
            for (int j = 0; j < log.levels().data().size(); j++) {
                FitbitSleepLogs.Level level = log.levels().data().get(j);
                String levelField = field + ".levels.data[" + j + "]";
                SleepStage stage = fitbitLevel(level.level());
                if (stage == null) {
                    problems.add(new FieldProblem(levelField + ".level",
                            "is not a Fitbit sleep level (wake, light, deep, rem; classic: asleep, restless, awake)"));
                    continue;
                }
                Instant start = level.dateTime().atZone(zone).toInstant();
                stages.add(new StageSpan(stage, start, start.plusSeconds(level.seconds()), levelField));
            }
            sessions.add(new SleepSession(log.startTime().atZone(zone).toOffsetDateTime(), log.endTime().atZone(zone).toOffsetDateTime(),
                    stages, log.isMainSleep(), new SleepSource(SourcePlatform.FITBIT, "fitbit", null, log.logId().toString(), 0), field));
        }
        return checked(sessions, problems);
    }

    private static SleepSession healthKitSession(HealthKitSleepImport body, List<Integer> indexes, List<FieldProblem> problems) {
        HealthKitSleepImport.Sample first = body.samples().get(indexes.get(0));
        OffsetDateTime start = first.startDate();
        OffsetDateTime end = first.endDate();
        List<StageSpan> stages = new ArrayList<>();
        for (int i : indexes) {
            HealthKitSleepImport.Sample sample = body.samples().get(i);
            String field = "samples[" + i + "]";
            end = sample.endDate().toInstant().isAfter(end.toInstant()) ? sample.endDate() : end;
            String value = sample.value().replaceFirst("^HKCategoryValueSleepAnalysis", "").toLowerCase(Locale.ROOT);
            if (value.equals("inbed") || value.equals("0")) {
                continue; // in bed: the session's extent, not a stage
            }
            SleepStage stage = healthKitValue(value);
            if (stage == null) {
                problems.add(new FieldProblem(field + ".value", "is not an HKCategoryValueSleepAnalysis value (inBed, "
                        + "asleepUnspecified, awake, asleepCore, asleepDeep, asleepREM)"));
                continue;
            }
            stages.add(new StageSpan(stage, sample.startDate().toInstant(), sample.endDate().toInstant(), field));
        }
        HealthKitSleepImport.Source source = first.sourceRevision().source();
        String productType = first.sourceRevision().productType();
        String device = productType == null ? source.name() : source.name() + " (" + productType + ")";
        return new SleepSession(start, end, stages, null,
                new SleepSource(SourcePlatform.HEALTHKIT, source.bundleIdentifier(), device, first.uuid(), 0),
                "samples[" + indexes.get(0) + "]");
    }

    private static SleepStage healthConnectStage(int stage) {
        return switch (stage) {
            case 1, 7 -> SleepStage.AWAKE;
            case 2 -> SleepStage.ASLEEP;
            case 3 -> SleepStage.OUT_OF_BED;
            case 4 -> SleepStage.LIGHT;
            case 5 -> SleepStage.DEEP;
            case 6 -> SleepStage.REM;
            default -> null;
        };
    }

    private static SleepStage healthKitValue(String value) {
        return switch (value) {
            // "asleep" is the name of asleepUnspecified before iOS 16
            case "asleepunspecified", "asleep", "1" -> SleepStage.ASLEEP;
            case "awake", "2" -> SleepStage.AWAKE;
            case "asleepcore", "3" -> SleepStage.LIGHT;
            case "asleepdeep", "4" -> SleepStage.DEEP;
            case "asleeprem", "5" -> SleepStage.REM;
            default -> null;
        };
    }

    private static SleepStage fitbitLevel(String level) {
        return switch (level) {
            // classic "restless" counts as awake: Restwell's diary has no restless state, and sleep would hide a broken night
            case "wake", "awake", "restless" -> SleepStage.AWAKE;
            case "light" -> SleepStage.LIGHT;
            case "deep" -> SleepStage.DEEP;
            case "rem" -> SleepStage.REM;
            case "asleep" -> SleepStage.ASLEEP;
            default -> null;
        };
    }

    private static ZoneOffset offset(String text, ZoneOffset otherwise) {
        return text == null ? otherwise : ZoneOffset.of(text);
    }

    private static String join(String manufacturer, String model) {
        String joined = String.join(" ", java.util.stream.Stream.of(manufacturer, model).filter(s -> s != null && !s.isBlank()).toList());
        return joined.isEmpty() ? null : joined;
    }

    private static List<SleepSession> checked(List<SleepSession> sessions, List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidEntryException(problems);
        }
        return sessions;
    }
}
