package io.restwell.recommendation.mapping;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.restwell.recommendation.BriefConsent;
import io.restwell.recommendation.BriefRead;
import io.restwell.recommendation.domain.TherapistBrief;
import io.restwell.recommendation.rest.BriefReadResponse;
import io.restwell.recommendation.rest.BriefSharingResponse;
import io.restwell.recommendation.rest.TherapistBriefResponse;

/** The therapist brief, its consent and its read log as the API shows them. */
public final class BriefMapper {

    private BriefMapper() {
    }

    /** @param consent null when the person never shared it */
    public static BriefSharingResponse toResponse(UUID bookingId, UUID clinicId, BriefConsent consent, TherapistBrief.Digest digest,
            OffsetDateTime generatedAt) {
        String status = consent == null ? "NOT_SHARED" : consent.shared() ? "SHARED" : "REVOKED";
        return new BriefSharingResponse(bookingId, clinicId, status, consent == null ? null : consent.sharedAt,
                consent == null ? null : consent.revokedAt, toResponse(bookingId, generatedAt, digest));
    }

    public static TherapistBriefResponse toResponse(UUID bookingId, OffsetDateTime generatedAt, TherapistBrief.Digest digest) {
        return new TherapistBriefResponse(bookingId, generatedAt, digest.from(), digest.to(),
                digest.nights().stream().map(n -> new TherapistBriefResponse.Night(n.night(), n.totalSleepMinutes(),
                        n.sleepEfficiency(), n.sleepLatencyMinutes(), n.quality())).toList(),
                new TherapistBriefResponse.SleepTrend(digest.sleepTrend().direction().name(), digest.sleepTrend().recentMeanEfficiency(),
                        digest.sleepTrend().recentNights(), digest.sleepTrend().earlierMeanEfficiency(),
                        digest.sleepTrend().earlierNights(), digest.sleepTrend().change()),
                digest.pain().stream().map(p -> new TherapistBriefResponse.PainRating(p.recordedAt(), p.intensity(), p.location(),
                        p.character())).toList(),
                digest.painMap().stream().map(s -> new TherapistBriefResponse.PainSite(s.location(), s.ratings(), s.highestIntensity(),
                        s.meanIntensity(), s.characters())).toList(),
                digest.redFlags().stream().map(f -> new TherapistBriefResponse.RedFlagAnswer(f.flag(), f.urgency().name(),
                        f.lastAnsweredYes())).toList(),
                digest.whatHelpedBefore().stream().map(p -> new TherapistBriefResponse.PastSessions(p.sessionType(), p.sessions(),
                        p.averageEfficiencyChange(), p.averagePainChange())).toList());
    }

    public static BriefReadResponse toResponse(BriefRead read) {
        return new BriefReadResponse(read.clinicId, read.keyId, read.keyPrefix, read.format.name(), read.readAt);
    }
}
