package io.restwell.recommendation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.events.EventTypes;
import io.restwell.local.DevTokens;
import io.restwell.local.testing.RestwellInfrastructure;
import io.restwell.recommendation.JournalEventsFixture;

/** Completed sessions (booking.events) against the journal: what worked, shown and preferred. */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "recommendation"))
class InsightsTests {

    private static final LocalDate FIRST = LocalDate.now().minusDays(40);
    private static final LocalDate SECOND = LocalDate.now().minusDays(20);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager entityManager;

    private JournalEventsFixture journal;

    @BeforeEach
    void connect() {
        journal = new JournalEventsFixture(bootstrapServers, json, entityManager);
    }

    @AfterEach
    void disconnect() {
        journal.close();
    }

    @Test
    void completedSessionsShowHowSleepChangedAndTheRulesPreferWhatWorked() throws Exception {
        String user = "user-" + UUID.randomUUID();
        for (LocalDate session : List.of(FIRST, SECOND)) {
            // Nights and sessions come on two topics: wait for both, their order across topics is not given.
            journal.awaitProcessed(journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED, journal.night(user,
                    UUID.randomUUID().toString(), session.minusDays(2), "78.0")));
            journal.awaitProcessed(journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED, journal.night(user,
                    UUID.randomUUID().toString(), session.plusDays(1), "88.0")));
            journal.awaitProcessed(journal.completedSession(user, "SWEDISH", session));
        }
        given().auth().oauth2(DevTokens.issue(user, List.of("user"))).get("/api/v1/recommendations/insights")
                .then().statusCode(200)
                .body("sessionTypes", hasSize(1))
                .body("sessionTypes[0].sessionType", equalTo("SWEDISH"))
                .body("sessionTypes[0].sessions", equalTo(2))
                .body("sessionTypes[0].averageEfficiencyChange", equalTo(10.0f));

        // Deep, chronic pain would mean deep tissue; Swedish has clearly helped this person, so it is preferred.
        journal.publish(user, EventTypes.PAIN_ENTRY_RECORDED, journal.pain(user, 6, "LOWER_BACK", "ACHING", true));
        journal.awaitProcessed(journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED,
                journal.night(user, UUID.randomUUID().toString(), true)));
        given().auth().oauth2(DevTokens.issue(user, List.of("user"))).get("/api/v1/recommendations")
                .then().statusCode(200)
                .body("items[0].sessionType", equalTo("SWEDISH"))
                .body("items[0].rule", equalTo("deep-chronic-pain+what-worked"));
    }
}
