package io.restwell.recommendation.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;


import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restwell.events.EventTypes;
import io.restwell.events.journal.PainEntryEvent;
import io.restwell.local.DevTokens;
import io.restwell.local.testing.RestwellInfrastructure;
import io.restwell.recommendation.JournalEventsFixture;
import io.restwell.recommendation.domain.SuggestionRules;

/** A pain rating on journal.events (the real broker) that answers yes to a red flag is advice to seek care, at once. */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "recommendation"))
class RedFlagsTests {

    @Inject
    EntityManager entityManager;

    @Inject
    JournalEventsFixture journal;

    /** A rating of two hours ago, as journal-service publishes it, with the flags answered yes (null: not asked). */
    private String rating(String user, String entryId, List<String> redFlags) {
        return journal.write(new PainEntryEvent(entryId, user, OffsetDateTime.now(ZoneOffset.ofHours(1)).minusHours(2), 5, "LOWER_BACK",
                "ACHING", false, false, true, redFlags));
    }

    @Test
    void aRatingWithSaddleNumbnessAloneIsAdviceToGoToAnEmergencyDepartmentNowWithoutSlots() throws Exception {
        String user = "user-" + UUID.randomUUID();
        String entry = UUID.randomUUID().toString();
        journal.awaitProcessed(journal.publish(user, EventTypes.PAIN_ENTRY_RECORDED, rating(user, entry, List.of("SADDLE_NUMBNESS"))));
        suggestionsOf(user).body("items", hasSize(1))
                .body("items[0].status", equalTo("SUGGESTED"))
                .body("items[0].rule", equalTo(SuggestionRules.RED_FLAG_NOW))
                .body("items[0].ruleVersion", equalTo(SuggestionRules.VERSION))
                .body("items[0].seeClinician", equalTo(true))
                .body("items[0].sessionType", nullValue())
                .body("items[0].slots", empty())
                .body("items[0].nearestOptions", empty())
                .body("items[0].slotsStatus", equalTo("NONE"))
                .body("items[0].triggeringEntryId", equalTo(entry))
                .body("items[0].explanation", containsString("You told us about numbness around your saddle area"))
                .body("items[0].explanation", containsString("Go to an emergency department now"))
                .body("items[0].selfCare", hasSize(1))
                .body("items[0].selfCare[0]", containsString("No massage"));
        given().auth().oauth2(DevTokens.issue(user, List.of("user"))).get("/api/v1/me/notifications").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].kind", equalTo("SUGGESTION_READY"))
                .body("items[0].title", equalTo("Go to an emergency department now"))
                .body("items[0].suggestion.seeClinician", equalTo(true))
                .body("items[0].suggestion.slots", empty());
    }

    @Test
    void aRedFlagReplacesAnOpenMassageSuggestionAndIsGivenEvenDuringTheCooldownAfterADismissal() throws Exception {
        String user = "user-" + UUID.randomUUID();
        journal.awaitProcessed(journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED, journal.night(user, UUID.randomUUID().toString(), true)));
        suggestionsOf(user).body("items[0].sessionType", equalTo("SWEDISH"));
        String fever = UUID.randomUUID().toString();
        journal.awaitProcessed(journal.publish(user, EventTypes.PAIN_ENTRY_RECORDED, rating(user, fever, List.of("FEVER_OR_UNWELL"))));
        suggestionsOf(user).body("items", hasSize(1))
                .body("items[0].rule", equalTo(SuggestionRules.RED_FLAG_TODAY))
                .body("items[0].sessionType", nullValue())
                .body("items[0].slotsStatus", equalTo("NONE"))
                .body("items[0].slots", empty())
                .body("items[0].explanation", containsString("See your doctor today"));

        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update recommendation set status = 'DISMISSED', dismissed_at = now() where user_id = :user")
                .setParameter("user", user).executeUpdate());
        String weakness = UUID.randomUUID().toString();
        journal.awaitProcessed(journal.publish(user, EventTypes.PAIN_ENTRY_UPDATED, rating(user, weakness, List.of("PROGRESSIVE_LEG_WEAKNESS"))));
        suggestionsOf(user).body("items", hasSize(2))
                .body("items[0].status", equalTo("SUGGESTED"))
                .body("items[0].rule", equalTo(SuggestionRules.RED_FLAG_NOW))
                .body("items[0].triggeringEntryId", equalTo(weakness))
                .body("items[0].explanation", containsString("a leg getting weaker and a fever or feeling unwell"));
    }

    @Test
    void aPoorNightWithinThreeDaysOfAYesStaysAdviceToSeekCare() throws Exception {
        String user = "user-" + UUID.randomUUID();
        journal.awaitProcessed(journal.publish(user, EventTypes.PAIN_ENTRY_RECORDED,
                rating(user, UUID.randomUUID().toString(), List.of("HISTORY_OF_CANCER"))));
        String night = UUID.randomUUID().toString();
        journal.awaitProcessed(journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED, journal.night(user, night, true)));
        suggestionsOf(user).body("items", hasSize(1))
                .body("items[0].rule", equalTo(SuggestionRules.RED_FLAG_TODAY))
                .body("items[0].triggeringEntryId", equalTo(night))
                .body("items[0].slotsStatus", equalTo("NONE"));
    }

    @Test
    void aScreenAnsweredNoAndARatingInTheOlderShapeSuggestNothingAndAreKeptAsSuch() throws Exception {
        String user = "user-" + UUID.randomUUID();
        String allNo = UUID.randomUUID().toString();
        journal.awaitProcessed(journal.publish(user, EventTypes.PAIN_ENTRY_RECORDED, rating(user, allNo, List.of())));
        String older = UUID.randomUUID().toString();
        // As journal-service wrote pain events before the screen existed: no redFlags field at all.
        journal.awaitProcessed(journal.publish(user, EventTypes.PAIN_ENTRY_RECORDED, """
                {"entryId":"%s","userId":"%s","recordedAt":"%s","intensity":4,"location":"NECK","character":"STIFF",
                 "chronic":false,"stressRelated":true,"disturbedSleep":false}""".formatted(older, user,
                OffsetDateTime.now(ZoneOffset.ofHours(1)).minusHours(1))));
        suggestionsOf(user).body("total", equalTo(0));
        assertEquals("", redFlagsStored(allNo));
        assertNull(redFlagsStored(older));
        journal.awaitProcessed(journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED, journal.night(user, UUID.randomUUID().toString(), true)));
        suggestionsOf(user).body("items[0].sessionType", equalTo("SWEDISH"));
    }

    private String redFlagsStored(String entryId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "select red_flags from journal_pain where entry_id = cast(:id as uuid)").setParameter("id", entryId).getSingleResult());
    }

    private ValidatableResponse suggestionsOf(String user) {
        return given().auth().oauth2(DevTokens.issue(user, List.of("user"))).get("/api/v1/recommendations").then().statusCode(200);
    }
}
