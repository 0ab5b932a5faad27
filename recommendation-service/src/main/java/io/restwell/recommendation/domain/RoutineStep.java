package io.restwell.recommendation.domain;

/**
 * The steps of the bedtime routine a suggestion gives (see {@link SuggestionRules}), as a person ticks what they
 * did of it in the evening (routine checks).
 */
public enum RoutineStep {
    /** A warm bath or a heating pad before bed. */
    HEAT,
    /** Rolling the painful area over a foam roller. */
    FOAM_ROLLER,
    /** Pressing a massage ball against the tight spots. */
    MASSAGE_BALL,
    /** A few minutes with a handheld massager. */
    HANDHELD_MASSAGER,
    /** A calming scent in the bedroom (lavender, eucalyptus). */
    CALMING_SCENT
}
