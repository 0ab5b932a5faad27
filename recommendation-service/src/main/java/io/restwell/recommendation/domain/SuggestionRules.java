package io.restwell.recommendation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which massage (if any) and which bedtime routine fit a poor night, from the person's recent
 * journal. The rules are one table, read top to bottom, first match wins; safety comes first.
 * Change the table, change {@link #VERSION}: each suggestion records the version that made it.
 */
public final class SuggestionRules {

    public static final String VERSION = "2026-12-05.2";

    /** The rule of a red flag that calls for an emergency department now. */
    public static final String RED_FLAG_NOW = "red-flag-now";
    /** The rule of a red flag that calls for the person's doctor today. */
    public static final String RED_FLAG_TODAY = "red-flag-today";

    /**
     * A red flag answered yes counts for this many days back from the night (or from today, for a rating just
     * logged): the screen describes how the person is now and is asked again with each rating, so a yes
     * holds through the next nights without blocking massages for good once a later rating says no.
     */
    static final int RED_FLAG_DAYS = 3;

    /** Pain at or above this (0–10) calls for a clinician, not a massage. */
    static final int SEVERE_PAIN = 9;
    /** Shooting leg pain in this many recent ratings suggests a nerve problem (sciatica): see a clinician. */
    static final int SHOOTING_LEG_RATINGS = 2;
    /** The ratings that describe tonight's pain: this many days back from the night. */
    static final int RECENT_PAIN_DAYS = 3;
    /** The window for the safety rules and the explanation's figures. */
    static final int HISTORY_DAYS = 14;

    /** What the rules look at, computed once from the journal. */
    record Case(PainRating latest, int peakIntensity, long shootingLegRatings, List<Night> nights,
            List<PainRating> ratings, List<String> redFlags) {

        boolean redFlagNow() {
            return redFlags.stream().anyMatch(code -> RedFlag.urgencyOf(code) == RedFlag.Urgency.NOW);
        }
    }

    private record Rule(String name, Predicate<Case> applies, String sessionType, boolean seeClinician, String why) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(RED_FLAG_NOW, Case::redFlagNow, null, true,
                    "Go to an emergency department now, or call your emergency number; do not wait for the morning. "
                            + "With back pain this can mean the nerves at the base of your spine are being squeezed, "
                            + "which needs treatment within hours. No massage until a doctor has seen you."),
            new Rule(RED_FLAG_TODAY, c -> !c.redFlags().isEmpty(), null, true,
                    "See your doctor today (an urgent care service if they cannot see you today). With back pain this "
                            + "can point to something other than strained muscles, such as an infection, a fracture or, "
                            + "rarely, cancer, and should be checked before any massage. No massage until a doctor has looked at it."),
            new Rule("severe-pain", c -> c.peakIntensity() >= SEVERE_PAIN, null, true,
                    "Pain this strong should be looked at by a doctor or physiotherapist before any massage."),
            new Rule("shooting-leg-pain", c -> c.shootingLegRatings() >= SHOOTING_LEG_RATINGS, null, true,
                    "Shooting pain down the leg, again and again, can come from a nerve; have a clinician check it before booking a massage."),
            new Rule("sharp-shooting-or-spasm", c -> c.latest() != null && c.latest().sharpShootingOrSpasm(), "TRIGGER_POINT", false,
                    "Sharp or shooting pain and muscle spasms respond to trigger point therapy: focused pressure that releases the knots."),
            new Rule("deep-chronic-pain", c -> c.latest() != null && (c.latest().chronic()
                    || (c.latest().intensity() >= 6 && c.latest().achingOrStiff())), "DEEP_TISSUE", false,
                    "Deep, long-lasting pain is what deep tissue massage is for: it works through the layers of muscle and fascia."),
            new Rule("mild-or-stress-pain", c -> c.latest() != null, "SWEDISH", false,
                    "Milder or stress-related pain eases with a Swedish massage: gentle, flowing strokes that relax the whole body."),
            new Rule("poor-sleep-little-pain", c -> true, "SWEDISH", false,
                    "With little pain logged, a relaxing Swedish massage is the gentlest way to help your body wind down."));

    /**
     * @param trigger the poor night
     * @param nights  the person's recent nights, any order (the trigger included)
     * @param ratings the person's recent pain ratings, any order
     */
    public Suggestion suggest(Night trigger, List<Night> nights, List<PainRating> ratings) {
        Case c = caseOf(trigger.night(), nights, ratings);
        Rule rule = RULES.stream().filter(candidate -> candidate.applies().test(c)).findFirst().orElseThrow();
        String explanation = redFlag(rule.name()) ? seekCare(c, rule) : figures(trigger, c) + " " + rule.why();
        return new Suggestion(rule.sessionType(), rule.seeClinician(), rule.name(), explanation, selfCare(c, rule), VERSION);
    }

    /**
     * Advice to seek care, at once, for a rating just logged that answers yes to a red flag: that cannot wait
     * for a poor night. Nothing for a rating without a yes, or one recorded before the red-flag window (a
     * device catching up on old entries). Every yes of the window counts, the rating's included.
     *
     * @param rating  the rating just logged or corrected
     * @param ratings the person's recent pain ratings, any order (the rating itself may be among them)
     * @param now     the time now
     */
    public Optional<Suggestion> seekCare(PainRating rating, List<PainRating> ratings, OffsetDateTime now) {
        LocalDate today = now.atZoneSameInstant(rating.recordedAt().getOffset()).toLocalDate();
        if (rating.redFlagsYes().isEmpty() || !inRedFlagWindow(rating, today)) {
            return Optional.empty();
        }
        List<PainRating> all = new ArrayList<>(ratings.stream().filter(other -> !other.entryId().equals(rating.entryId())).toList());
        all.add(rating);
        Case c = caseOf(today, List.of(), all);
        Rule rule = RULES.stream().filter(candidate -> candidate.applies().test(c)).findFirst().orElseThrow();
        return Optional.of(new Suggestion(rule.sessionType(), rule.seeClinician(), rule.name(), seekCare(c, rule), selfCare(c, rule),
                VERSION));
    }

    /** Whether the suggestion is advice to seek care for a red flag (which no dismissal or session type overrides). */
    public static boolean redFlag(String rule) {
        return RED_FLAG_NOW.equals(rule) || RED_FLAG_TODAY.equals(rule);
    }

    /**
     * Prefers the session type that has measurably helped this person's sleep (see
     * {@link SessionOutcomes#measurablyHelped}: the 95 % interval of the change in sleep efficiency after its sessions
     * lies above zero), where the pain allows a choice: never over safety advice (red flags, severe pain, a
     * clinician first), and never over trigger point therapy for sharp pain or spasms, which is chosen for the pain
     * itself. When the table's own choice measurably helped, it stays and the explanation says so; otherwise the
     * type that helped most surely replaces it ({@code …+what-worked}). A figure without enough nights never counts.
     */
    public Suggestion preferWhatWorked(Suggestion suggestion, List<SessionOutcomes.SessionTypeEffect> effects) {
        if (suggestion.seeClinician() || suggestion.sessionType() == null || "sharp-shooting-or-spasm".equals(suggestion.rule())) {
            return suggestion;
        }
        Optional<SessionOutcomes.SessionTypeEffect> own = effects.stream()
                .filter(effect -> effect.sessionType().equals(suggestion.sessionType()))
                .filter(SessionOutcomes::measurablyHelped).findFirst();
        if (own.isPresent()) {
            return new Suggestion(suggestion.sessionType(), false, suggestion.rule(),
                    suggestion.explanation() + " " + evidence(own.get()) + " That is one more reason for it.",
                    suggestion.selfCare(), suggestion.ruleVersion());
        }
        return SessionOutcomes.surestHelp(effects.stream()
                        .filter(effect -> !"TRIGGER_POINT".equals(effect.sessionType())).toList())
                .map(helped -> new Suggestion(helped.sessionType(), false, suggestion.rule() + "+what-worked",
                        suggestion.explanation() + " " + evidence(helped) + " So we suggest a "
                                + session(helped.sessionType()) + " again.",
                        suggestion.selfCare(), suggestion.ruleVersion()))
                .orElse(suggestion);
    }

    /**
     * "Deep tissue massage has measurably helped your sleep: in the week after your 3 sessions your sleep efficiency
     * averaged 86.3 %, against 78.8 % in the week before (7.5 points more; 95 % interval 3.7 to 11.2 points; 12
     * nights after, 14 before)."
     */
    private static String evidence(SessionOutcomes.SessionTypeEffect effect) {
        MeanDifference.Estimate efficiency = effect.sleepEfficiency();
        String name = session(effect.sessionType());
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " has measurably helped your sleep: in the week after your "
                + (effect.attendedSessions() == 1 ? "session" : effect.attendedSessions() + " sessions")
                + " your sleep efficiency averaged " + efficiency.comparedMean() + " %, against " + efficiency.baselineMean()
                + " % in the week before (" + efficiency.change() + " points more; 95 % interval " + efficiency.low() + " to "
                + efficiency.high() + " points; " + efficiency.comparedNights() + " nights after, " + efficiency.baselineNights()
                + " before).";
    }

    /** DEEP_TISSUE → "deep tissue massage". */
    private static String session(String code) {
        return code.replace('_', ' ').toLowerCase(Locale.ROOT) + " massage";
    }

    private static Case caseOf(LocalDate night, List<Night> nights, List<PainRating> ratings) {
        List<PainRating> history = ratings.stream()
                .filter(rating -> !rating.recordedAt().toLocalDate().isAfter(night.plusDays(1))
                        && rating.recordedAt().toLocalDate().isAfter(night.minusDays(HISTORY_DAYS)))
                .sorted(Comparator.comparing(PainRating::recordedAt).reversed())
                .toList();
        PainRating latest = history.stream()
                .filter(rating -> rating.recordedAt().toLocalDate().isAfter(night.minusDays(RECENT_PAIN_DAYS)))
                .findFirst().orElse(null);
        int peak = history.stream()
                .filter(rating -> rating.recordedAt().toLocalDate().isAfter(night.minusDays(7)))
                .mapToInt(PainRating::intensity).max().orElse(0);
        long shootingLeg = history.stream()
                .filter(rating -> "LEG".equals(rating.location()) && "SHOOTING".equals(rating.character())).count();
        List<Night> recentNights = nights.stream()
                .filter(n -> !n.night().isAfter(night) && n.night().isAfter(night.minusDays(HISTORY_DAYS)))
                .sorted(Comparator.comparing(Night::night).reversed())
                .toList();
        List<String> redFlags = RedFlag.inOrder(history.stream().filter(rating -> inRedFlagWindow(rating, night))
                .flatMap(rating -> rating.redFlagsYes().stream()).toList());
        return new Case(latest, peak, shootingLeg, recentNights, history, redFlags);
    }

    /** Recorded (on the person's own date) within the red-flag window ending the day after {@code day}. */
    private static boolean inRedFlagWindow(PainRating rating, LocalDate day) {
        LocalDate recorded = rating.recordedAt().toLocalDate();
        return !recorded.isAfter(day.plusDays(1)) && recorded.isAfter(day.minusDays(RED_FLAG_DAYS));
    }

    /** "You told us about new problems controlling your bladder or bowel and a fever or feeling unwell. Go to …" */
    private static String seekCare(Case c, Rule rule) {
        List<String> words = c.redFlags().stream().map(RedFlag::wordsOf).toList();
        String listed = words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
        return "You told us about " + listed + ". " + rule.why();
    }

    /** "3 of your last 4 nights were poor (below 85 % efficiency on 2); lower-back pain averaged 6/10." */
    private static String figures(Night trigger, Case c) {
        List<Night> lastNights = c.nights().stream().limit(7).toList();
        long poor = lastNights.stream().filter(Night::poorSleep).count();
        long lowEfficiency = lastNights.stream().filter(n -> n.poorSleepReasons().contains("LOW_EFFICIENCY")).count();
        StringBuilder text = new StringBuilder();
        if (lastNights.size() > 1) {
            text.append(poor).append(" of your last ").append(lastNights.size()).append(" nights were poor");
            if (lowEfficiency > 0) {
                text.append(" (").append(lowEfficiency).append(" below 85 % sleep efficiency)");
            }
        } else {
            text.append("Last night was poor");
        }
        text.append("; last night you slept ").append(hours(trigger.totalSleepMinutes()))
                .append(" at ").append(trigger.sleepEfficiency().setScale(0, RoundingMode.HALF_UP)).append(" % efficiency");
        Map<String, List<PainRating>> byLocation = c.ratings().stream()
                .collect(Collectors.groupingBy(PainRating::location));
        byLocation.entrySet().stream().max(Comparator.comparingInt(entry -> entry.getValue().size()))
                .ifPresent(entry -> text.append("; ").append(area(entry.getKey())).append(" pain averaged ")
                        .append(BigDecimal.valueOf(entry.getValue().stream().mapToInt(PainRating::intensity).average().orElse(0))
                                .setScale(0, RoundingMode.HALF_UP))
                        .append("/10"));
        return text.append('.').toString();
    }

    /** Tonight's routine: rolling, a massager, heat, a calming scent; heat first for acute pain. */
    private static List<String> selfCare(Case c, Rule rule) {
        String area = c.latest() == null ? "back" : area(c.latest().location());
        String heat = "Warm up your " + area + " for 15–20 minutes before bed: a warm bath or a heating pad.";
        String rolling = "NECK".equals(c.latest() == null ? null : c.latest().location())
                ? "Press a massage ball gently against the tight spots of your neck and shoulders, a minute per spot."
                : "Roll your " + area + " slowly over a foam roller, or lean on a massage ball against a wall, for about 5 minutes.";
        String massager = "Spend a few minutes with a handheld massager on the tightest spots.";
        String scent = "Wind down with a calming scent in the bedroom: lavender or eucalyptus oil.";
        if (redFlag(rule.name())) {
            // Not even heat: numbness may hide a burn, and heat is no help for what a red flag may mean.
            return List.of("No massage, foam roller, massage ball, handheld massager or heat until a doctor has checked these symptoms.");
        }
        if (rule.seeClinician()) {
            return List.of(heat, scent, "Skip rolling and deep pressure until a clinician has looked at the pain.");
        }
        boolean acute = c.latest() != null && !c.latest().chronic()
                && (c.latest().intensity() >= 6 || c.latest().sharpShootingOrSpasm());
        List<String> steps = new ArrayList<>();
        if (acute) {
            steps.add(heat);
            steps.add(rolling.replace("slowly", "gently"));
        } else {
            steps.add(rolling);
            steps.add(heat);
        }
        steps.add(massager);
        steps.add(scent);
        return steps;
    }

    private static String area(String location) {
        return location.replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    private static String hours(int minutes) {
        return minutes / 60 + " h " + String.format("%02d", minutes % 60) + " min";
    }
}
