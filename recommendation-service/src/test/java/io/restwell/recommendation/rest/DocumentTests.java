package io.restwell.recommendation.rest;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.local.testing.RestwellInfrastructure;
import io.restwell.platform.defaults.openapi.DocumentContract;

/** The document says which fields are always there and which may be null, as the records do (docs/clients.md). */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "recommendation"))
class DocumentTests extends DocumentContract {

    @Override
    protected Map<String, List<String>> alwaysPresent() {
        return Map.of("Recommendation", List.of("id", "status", "seeClinician", "slots", "slotsStatus"),
                "RecommendedSlot", List.of("therapistId", "start"),
                "TherapistBrief", List.of("bookingId", "nights", "sleepTrend", "pain", "painMap", "redFlags", "whatHelpedBefore"),
                "BriefSharing", List.of("bookingId", "clinicId", "status", "brief"),
                "BriefRead", List.of("clinicId", "keyId", "keyPrefix", "readAt"));
    }

    @Override
    protected Map<String, List<String>> mayBeNull() {
        return Map.of("Recommendation", List.of("bookingId", "sessionType"),
                "SessionTypeOutcome", List.of("averagePainChange"),
                "BriefSharing", List.of("sharedAt", "revokedAt"),
                "TherapistBriefNight", List.of("sleepLatencyMinutes", "quality"),
                "TherapistBriefSleepTrend", List.of("recentMeanEfficiency", "earlierMeanEfficiency", "change"),
                "AcceptRecommendation", List.of("shareBrief"));
    }
}
