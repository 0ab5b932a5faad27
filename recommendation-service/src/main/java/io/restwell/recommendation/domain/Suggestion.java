package io.restwell.recommendation.domain;

import java.util.List;

/**
 * What the rules suggest after a poor night.
 *
 * @param sessionType   the massage to book ({@code DEEP_TISSUE}, {@code SWEDISH}, {@code TRIGGER_POINT}),
 *                      or null when the person should see a clinician instead
 * @param seeClinician  true when the pain calls for a clinician before any massage
 * @param rule          which row of the rule table chose it
 * @param explanation   why, in plain words, citing the person's own data
 * @param selfCare      tonight's bedtime routine, in order
 */
public record Suggestion(String sessionType, boolean seeClinician, String rule, String explanation, List<String> selfCare,
        String ruleVersion) {
}
