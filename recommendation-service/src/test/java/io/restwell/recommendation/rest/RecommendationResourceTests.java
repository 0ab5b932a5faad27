package io.restwell.recommendation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

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
import io.restwell.local.DevTokens;
import io.restwell.local.testing.RestwellInfrastructure;
import io.restwell.recommendation.Recommendation;
import io.restwell.recommendation.RecommendationStatus;
import io.restwell.recommendation.repository.RecommendationRepository;

@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "recommendation"))
class RecommendationResourceTests {

    @Inject
    RecommendationRepository recommendations;

    @Test
    void listsOnlyTheCallersRecommendationsNewestFirst() {
        String alice = "alice-" + UUID.randomUUID();
        String bob = "bob-" + UUID.randomUUID();
        store(alice, at(2026, 11, 3, 7), "newer");
        Recommendation older = store(alice, at(2026, 11, 1, 7), "older");
        Recommendation newest = recommendations.find("userId = ?1 and explanation = ?2", alice, "newer").firstResult();
        store(bob, at(2026, 11, 2, 7), "bob's");

        given().auth().oauth2(DevTokens.issue(alice, List.of("user")))
                .when().get("/api/v1/recommendations")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items.explanation", equalTo(List.of("newer", "older")))
                .body("items[0].id", equalTo(newest.id.toString()))
                .body("items[0].status", equalTo("SUGGESTED"))
                .body("items[0].sessionType", equalTo("DEEP_TISSUE"))
                .body("items[0].selfCare", equalTo(List.of(newest.selfCare)))
                .body("items[1].status", equalTo(older.status.name()))
                .body("items[0].triggeringEntryId", equalTo(newest.triggeringEntryId.toString()))
                .body("items[0].ruleVersion", equalTo("test-1"))
                .body("items[0].createdAt", matchesPattern("2026-11-03T07:00(:00)?(Z|[+-]\\d\\d:\\d\\d)"))
                .body("items[0].slots", empty());
    }

    @Test
    void filtersByDateRangeAndPages() {
        String carol = "carol-" + UUID.randomUUID();
        for (int day = 1; day <= 5; day++) {
            store(carol, at(2026, 10, day, 12), "day " + day);
        }
        // The 'to' date includes its whole (UTC) day, up to the last second.
        store(carol, at(2026, 10, 4, 23).plusMinutes(59).plusSeconds(59), "day 4, late");
        String token = DevTokens.issue(carol, List.of("user"));

        given().auth().oauth2(token)
                .queryParam("from", "2026-10-02").queryParam("to", "2026-10-04").queryParam("size", "2")
                .when().get("/api/v1/recommendations")
                .then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.explanation", equalTo(List.of("day 4, late", "day 4")));
        given().auth().oauth2(token)
                .queryParam("from", "2026-10-02").queryParam("to", "2026-10-04").queryParam("size", "2")
                .queryParam("page", "1")
                .when().get("/api/v1/recommendations")
                .then().statusCode(200)
                .body("total", equalTo(4))
                .body("page", equalTo(1))
                .body("items.explanation", equalTo(List.of("day 3", "day 2")));
    }

    @Test
    void aNewPersonHasNoRecommendations() {
        given().auth().oauth2(DevTokens.issue("dave-" + UUID.randomUUID(), List.of("user")))
                .when().get("/api/v1/recommendations")
                .then().statusCode(200)
                .body("total", equalTo(0))
                .body("items", empty());
    }

    @Test
    void refusesRequestsWithoutAValidToken() {
        given().when().get("/api/v1/recommendations").then().statusCode(401);
        given().auth().oauth2("not-a-jwt").when().get("/api/v1/recommendations").then().statusCode(401);
    }

    @Test
    void rejectsAPageSizeOutOfRange() {
        given().auth().oauth2(DevTokens.issue("erin-" + UUID.randomUUID(), List.of("user")))
                .queryParam("size", "101")
                .when().get("/api/v1/recommendations")
                .then().statusCode(400);
    }

    private static OffsetDateTime at(int year, int month, int day, int hour) {
        return OffsetDateTime.of(year, month, day, hour, 0, 0, 0, ZoneOffset.UTC);
    }

    @Test
    void readsAndDismissesOnlyTheCallersOwnSuggestions() {
        String owner = "owner-" + UUID.randomUUID();
        Recommendation open = store(owner, at(2026, 11, 20, 7), "open");
        Recommendation past = store(owner, at(2026, 11, 1, 7), "past"); // expired: one open at a time
        String stranger = DevTokens.issue("stranger-" + UUID.randomUUID(), List.of("user"));
        given().auth().oauth2(stranger).get("/api/v1/recommendations/" + open.id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(stranger).contentType("application/json").body("{}")
                .post("/api/v1/recommendations/" + open.id + "/dismiss").then().statusCode(404);

        String token = DevTokens.issue(owner, List.of("user"));
        given().auth().oauth2(token).get("/api/v1/recommendations/" + open.id).then().statusCode(200)
                .body("status", equalTo("SUGGESTED"));
        given().auth().oauth2(token).contentType("application/json").body("{\"reason\":\"" + "x".repeat(501) + "\"}")
                .post("/api/v1/recommendations/" + open.id + "/dismiss").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(token).contentType("application/json").body("{\"reason\":\"Not\\u0000this week\"}")
                .post("/api/v1/recommendations/" + open.id + "/dismiss").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"))
                .body("errors[0].message", equalTo("must not contain the NUL character (U+0000)"));
        given().auth().oauth2(token).contentType("application/json").body("{\"reason\":\"Not this week\"}")
                .post("/api/v1/recommendations/" + open.id + "/dismiss").then().statusCode(200)
                .body("status", equalTo("DISMISSED"));
        given().auth().oauth2(token).contentType("application/json").body("{}")
                .post("/api/v1/recommendations/" + open.id + "/dismiss").then().statusCode(200)
                .body("status", equalTo("DISMISSED"));
        given().auth().oauth2(token).contentType("application/json").body("{}")
                .post("/api/v1/recommendations/" + past.id + "/dismiss").then().statusCode(409)
                .body("type", equalTo("https://restwell.dev/problems/conflict"));
    }

    @Transactional
    Recommendation store(String userId, OffsetDateTime createdAt, String explanation) {
        Recommendation recommendation = new Recommendation();
        recommendation.id = UUID.randomUUID();
        recommendation.userId = userId;
        // Only one open suggestion per person: the older ones are past.
        recommendation.status = recommendations.count("userId = ?1 and status = ?2", userId, RecommendationStatus.SUGGESTED) == 0
                ? RecommendationStatus.SUGGESTED : RecommendationStatus.EXPIRED;
        recommendation.rule = "deep-chronic-pain";
        recommendation.sessionTypeCode = "DEEP_TISSUE";
        recommendation.explanation = explanation;
        recommendation.selfCare = "Ten minutes of heat on the lower back, then a foam roller before bed.";
        recommendation.triggeringEntryId = UUID.randomUUID();
        recommendation.ruleVersion = "test-1";
        recommendation.createdAt = createdAt;
        recommendation.updatedAt = createdAt;
        recommendation.expiresAt = OffsetDateTime.now().plusDays(7); // open however old: these tests read and dismiss them
        recommendations.persist(recommendation);
        return recommendation;
    }
}
