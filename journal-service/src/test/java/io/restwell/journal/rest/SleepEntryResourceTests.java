package io.restwell.journal.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.journal.SleepEntry;
import io.restwell.journal.repository.SleepEntryRepository;
import io.restwell.local.DevTokens;
import io.restwell.local.testing.RestwellInfrastructure;

@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "journal"))
class SleepEntryResourceTests {

    @Inject
    SleepEntryRepository entries;

    @Test
    void listsOnlyTheCallersNightsNewestFirst() {
        String alice = "alice-" + UUID.randomUUID();
        String bob = "bob-" + UUID.randomUUID();
        store(alice, LocalDate.of(2026, 11, 1));
        store(alice, LocalDate.of(2026, 11, 3));
        store(bob, LocalDate.of(2026, 11, 2));

        given().auth().oauth2(DevTokens.issue(alice, List.of("user")))
                .when().get("/api/v1/journal/sleep-entries")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items", hasSize(2))
                .body("items[0].night", equalTo("2026-11-03"))
                .body("items[1].night", equalTo("2026-11-01"));
    }

    @Test
    void filtersByDateRangeAndPages() {
        String carol = "carol-" + UUID.randomUUID();
        for (int day = 1; day <= 5; day++) {
            store(carol, LocalDate.of(2026, 10, day));
        }
        given().auth().oauth2(DevTokens.issue(carol, List.of("user")))
                .queryParam("from", "2026-10-02").queryParam("to", "2026-10-04").queryParam("size", "2")
                .when().get("/api/v1/journal/sleep-entries")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.night", equalTo(List.of("2026-10-04", "2026-10-03")));
    }

    @Test
    void aNewPersonHasAnEmptyJournal() {
        given().auth().oauth2(DevTokens.issue("dave-" + UUID.randomUUID(), List.of("user")))
                .when().get("/api/v1/journal/sleep-entries")
                .then().statusCode(200)
                .body("total", equalTo(0))
                .body("items", empty());
    }

    @Test
    void refusesRequestsWithoutAValidToken() {
        given().when().get("/api/v1/journal/sleep-entries").then().statusCode(401);
        given().auth().oauth2("not-a-jwt").when().get("/api/v1/journal/sleep-entries").then().statusCode(401);
    }

    @Transactional
    void store(String userId, LocalDate night) {
        SleepEntry entry = new SleepEntry();
        entry.id = UUID.randomUUID();
        entry.userId = userId;
        entry.night = night;
        entry.bedtime = night.atTime(23, 0).atOffset(ZoneOffset.UTC);
        entry.wakeTime = entry.bedtime.plusHours(8);
        entry.sleepLatencyMinutes = 20;
        entry.wakeAfterSleepOnsetMinutes = 10;
        entry.quality = 4;
        entry.timeInBedMinutes = 480;
        entry.totalSleepMinutes = 450;
        entry.sleepEfficiency = new java.math.BigDecimal("93.75");
        entry.poorSleepReasons = "";
        entry.createdAt = OffsetDateTime.now();
        entry.updatedAt = entry.createdAt;
        entries.persist(entry);
    }
}
