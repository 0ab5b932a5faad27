package io.restwell.journal.rest;

import static io.restwell.journal.JournalApi.as;
import static io.restwell.journal.JournalApi.newUser;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.local.testing.RestwellInfrastructure;

@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "journal"))
class RequestIdTests {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void aSaneClientIdIsKeptOnTheAnswer() {
        as(newUser()).header("X-Request-Id", "gw-4711.abc").get("/api/v1/journal/sleep-entries")
                .then().statusCode(200).header("X-Request-Id", equalTo("gw-4711.abc"));
    }

    @Test
    void withoutOneEveryAnswerGetsANewOneErrorsToo() {
        as(newUser()).get("/api/v1/journal/sleep-entries")
                .then().statusCode(200).header("X-Request-Id", matchesPattern(UUID));
        as(newUser()).get("/api/v1/journal/sleep-entries/not-a-uuid")
                .then().statusCode(404).header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void anIdThatCouldForgeLogLinesIsReplaced() {
        as(newUser()).header("X-Request-Id", "a b\" injected=1").get("/api/v1/journal/sleep-entries")
                .then().statusCode(200).header("X-Request-Id", matchesPattern(UUID));
        as(newUser()).header("X-Request-Id", "x".repeat(129)).get("/api/v1/journal/sleep-entries")
                .then().statusCode(200).header("X-Request-Id", matchesPattern(UUID));
    }
}
