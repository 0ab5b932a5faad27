package io.restwell.journal.domain;

/**
 * The red flags of low back pain that clinical guidelines ask about (NICE NG59 and its CKS summary, ACP 2017):
 * signs that the pain may come from something other than the back's muscles and joints (cauda equina
 * syndrome, infection, cancer, a fracture). A pain entry may carry the ones the person answered yes to;
 * recommendation-service turns any of them into advice to seek care instead of a massage (docs/safety.md).
 */
public enum RedFlag {
    /** New trouble holding or passing urine, or controlling the bowel. */
    NEW_BLADDER_OR_BOWEL_PROBLEMS,
    /** Numbness or tingling around the genitals, buttocks or inner thighs (where a saddle touches). */
    SADDLE_NUMBNESS,
    /** A leg growing weaker over days, e.g. a foot that drags or a knee that gives way. */
    PROGRESSIVE_LEG_WEAKNESS,
    /** A fever, chills or feeling generally unwell together with the pain. */
    FEVER_OR_UNWELL,
    /** Losing weight without trying. */
    UNEXPLAINED_WEIGHT_LOSS,
    /** Cancer now or in the past. */
    HISTORY_OF_CANCER,
    /** A recent fall, accident or blow to the back. */
    RECENT_SIGNIFICANT_TRAUMA,
    /** Pain that is worse at night while lying still, not eased by rest. */
    NIGHT_PAIN_AT_REST
}
