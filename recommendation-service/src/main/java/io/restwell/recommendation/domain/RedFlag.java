package io.restwell.recommendation.domain;

import java.util.Arrays;
import java.util.List;

/**
 * The red flags of low back pain a journal entry may carry (journal-service's screen, NICE NG59 and its CKS
 * summary, ACP 2017), how urgently each calls for a doctor, and how the advice names it. Where the
 * guidelines ask for emergency assessment (suspected cauda equina syndrome or a spreading nerve deficit)
 * the advice is "now"; for the others (possible infection, cancer, fracture) "today".
 */
public enum RedFlag {
    NEW_BLADDER_OR_BOWEL_PROBLEMS(Urgency.NOW, "new problems controlling your bladder or bowel"),
    SADDLE_NUMBNESS(Urgency.NOW, "numbness around your saddle area (between your legs, buttocks or inner thighs)"),
    PROGRESSIVE_LEG_WEAKNESS(Urgency.NOW, "a leg getting weaker"),
    FEVER_OR_UNWELL(Urgency.TODAY, "a fever or feeling unwell"),
    UNEXPLAINED_WEIGHT_LOSS(Urgency.TODAY, "weight loss you cannot explain"),
    HISTORY_OF_CANCER(Urgency.TODAY, "cancer now or in the past"),
    RECENT_SIGNIFICANT_TRAUMA(Urgency.TODAY, "a recent fall, accident or blow to your back"),
    NIGHT_PAIN_AT_REST(Urgency.TODAY, "pain that is worse at night when you lie still");

    /** How soon to seek care. */
    public enum Urgency {
        /** An emergency department now. */
        NOW,
        /** Their doctor today. */
        TODAY
    }

    /** What the advice says for a flag this version does not know (a newer journal): a doctor today, never nothing. */
    static final String UNKNOWN_WORDS = "another warning sign you told us about";

    private final Urgency urgency;
    private final String words;

    RedFlag(Urgency urgency, String words) {
        this.urgency = urgency;
        this.words = words;
    }

    public Urgency urgency() {
        return urgency;
    }

    public String words() {
        return words;
    }

    /** How soon a flag named by the journal calls for care; a name this version does not know still counts, as today. */
    static Urgency urgencyOf(String code) {
        return known(code) ? valueOf(code).urgency : Urgency.TODAY;
    }

    static String wordsOf(String code) {
        return known(code) ? valueOf(code).words : UNKNOWN_WORDS;
    }

    /** The codes in the screen's order, unknown ones last. */
    static List<String> inOrder(java.util.Collection<String> codes) {
        return codes.stream().distinct()
                .sorted(java.util.Comparator.comparingInt(code -> known(code) ? valueOf(code).ordinal() : values().length))
                .toList();
    }

    private static boolean known(String code) {
        return Arrays.stream(values()).anyMatch(flag -> flag.name().equals(code));
    }
}
