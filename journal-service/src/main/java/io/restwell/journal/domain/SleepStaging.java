package io.restwell.journal.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a wearable's sleep session into a diary entry: the session is the time in bed, the stages say when
 * the person slept. Latency is the time from the session's start to the first sleep stage; every minute in
 * bed after that which is not a sleep stage (awake, out of bed, or not covered by any stage) is wake after
 * sleep onset, lying awake after the last sleep included, so total sleep is exactly the minutes in sleep
 * stages. Awakenings are the breaks between sleep stages of a minute or more. Efficiency and the poor-sleep
 * verdict then follow from {@link SleepAssessment}, as for a night typed in by hand.
 */
public final class SleepStaging {

    /** Without the source's own word, a session this long or longer is the night, a shorter one a nap. */
    static final Duration MAIN_SLEEP_AT_LEAST = Duration.ofHours(3);
    /** A device's clock may run a little ahead; a session ending later than this is in the future. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** A break between sleep stages shorter than this is not an awakening (stage data comes in 30 s steps). */
    static final Duration SHORTEST_AWAKENING = Duration.ofMinutes(1);

    private static final Comparator<StageSpan> BY_START = Comparator.comparing(StageSpan::start);

    private SleepStaging() {
    }

    /** What makes these sessions impossible to import; empty when every one describes a possible sleep. */
    public static List<FieldProblem> problemsWith(List<SleepSession> sessions, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        for (SleepSession session : sessions) {
            problems.addAll(problemsWith(session, now));
        }
        List<SleepSession> inOrder = sessions.stream().sorted(Comparator.comparing(s -> s.start().toInstant())).toList();
        for (int i = 1; i < inOrder.size(); i++) {
            SleepSession before = inOrder.get(i - 1);
            SleepSession after = inOrder.get(i);
            if (after.start().toInstant().isBefore(before.end().toInstant())) {
                problems.add(new FieldProblem(after.field(), "overlaps the session " + before.field()
                        + " (" + before.start() + " to " + before.end() + "): a person sleeps one session at a time"));
            }
        }
        return problems;
    }

    private static List<FieldProblem> problemsWith(SleepSession session, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        Instant start = session.start().toInstant();
        Instant end = session.end().toInstant();
        if (!end.isAfter(start)) {
            problems.add(new FieldProblem(session.field(), "must end after it starts"));
            return problems;
        }
        if (end.isAfter(now.plus(CLOCK_SKEW))) {
            problems.add(new FieldProblem(session.field(), "ends in the future (" + session.end()
                    + "): a night is imported once it is over"));
        }
        List<StageSpan> stages = session.stages().stream().sorted(BY_START).toList();
        for (StageSpan stage : stages) {
            if (!stage.end().isAfter(stage.start())) {
                problems.add(new FieldProblem(stage.field(), "must end after it starts"));
            } else if (stage.start().isBefore(start) || stage.end().isAfter(end)) {
                problems.add(new FieldProblem(stage.field(), "lies outside the session (" + session.start() + " to "
                        + session.end() + "): the stages cannot be longer than the time in bed"));
            }
        }
        for (int i = 1; i < stages.size(); i++) {
            if (stages.get(i).start().isBefore(stages.get(i - 1).end())) {
                problems.add(new FieldProblem(stages.get(i).field(), "overlaps the stage " + stages.get(i - 1).field()));
            }
        }
        if (stages.stream().noneMatch(stage -> stage.stage().asleep())) {
            problems.add(new FieldProblem(session.field(), "has no sleep stage: nothing to derive the night from"));
        }
        return problems;
    }

    /** The write a valid session ({@link #problemsWith} is empty) becomes: an entry with its source and stages. */
    public static SleepWrite toWrite(SleepSession session) {
        List<StageSpan> stages = session.stages().stream().sorted(BY_START).toList();
        List<StageSpan> sleep = stages.stream().filter(stage -> stage.stage().asleep()).toList();
        int inBed = Math.toIntExact(session.inBed().toMinutes());
        int latency = Math.min(inBed, minutes(Duration.between(session.start().toInstant(), sleep.get(0).start())));
        int asleep = Math.min(inBed - latency, minutes(sleep.stream().map(StageSpan::length).reduce(Duration.ZERO, Duration::plus)));
        int awakenings = 0;
        Instant sleptUntil = sleep.get(0).end();
        for (StageSpan span : sleep.subList(1, sleep.size())) {
            if (Duration.between(sleptUntil, span.start()).compareTo(SHORTEST_AWAKENING) >= 0) {
                awakenings++;
            }
            sleptUntil = span.end().isAfter(sleptUntil) ? span.end() : sleptUntil;
        }
        EntryKind kind = isMainSleep(session) ? EntryKind.NIGHT : EntryKind.NAP;
        SleepDiaryEntry diary = new SleepDiaryEntry(nightOf(session, kind), session.start(), session.end(), latency,
                awakenings, inBed - latency - asleep, null);
        return new SleepWrite(diary, null, kind, null, session.source(), stageMinutes(stages));
    }

    /** Minutes per stage, each rounded to the nearest minute. */
    static StageMinutes stageMinutes(List<StageSpan> stages) {
        Map<SleepStage, Duration> per = new EnumMap<>(SleepStage.class);
        stages.forEach(span -> per.merge(span.stage(), span.length(), Duration::plus));
        return new StageMinutes(minutes(per, SleepStage.AWAKE), minutes(per, SleepStage.LIGHT), minutes(per, SleepStage.DEEP),
                minutes(per, SleepStage.REM), minutes(per, SleepStage.OUT_OF_BED), minutes(per, SleepStage.ASLEEP));
    }

    private static boolean isMainSleep(SleepSession session) {
        return session.mainSleep() != null ? session.mainSleep() : session.inBed().compareTo(MAIN_SLEEP_AT_LEAST) >= 0;
    }

    /** A night belongs to the evening it began (a start after midnight, before noon, to the day before); a nap to its day. */
    private static LocalDate nightOf(SleepSession session, EntryKind kind) {
        LocalDate day = session.start().toLocalDate();
        return kind == EntryKind.NIGHT && session.start().getHour() < 12 ? day.minusDays(1) : day;
    }

    private static int minutes(Map<SleepStage, Duration> per, SleepStage stage) {
        return minutes(per.getOrDefault(stage, Duration.ZERO));
    }

    private static int minutes(Duration duration) {
        return Math.toIntExact(Math.round(duration.toSeconds() / 60.0));
    }
}
