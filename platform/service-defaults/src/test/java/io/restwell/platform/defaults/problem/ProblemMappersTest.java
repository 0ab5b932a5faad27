package io.restwell.platform.defaults.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.SQLException;

import java.util.List;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restwell.platform.defaults.json.JsonConfig;

/**
 * A lost race reported by PostgreSQL in any of its forms is a clean 409, a database out of reach or out of
 * connections a 503 with Retry-After, anything unknown a 500 without details; every other failure answers with its type of the catalogue.
 */
class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();
    private final UriInfo uri = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
            (proxy, method, args) -> method.getName().equals("getPath") ? "/api/v1/bookings" : null);

    @Test
    void deadlocksSerializationFailuresAndExclusionViolationsAreConflicts() {
        for (String state : new String[] {"23P01", "40P01", "40001", "23505", "55P03"}) {
            Response response = mappers.anythingElse(wrapped(state), uri);
            assertEquals(409, response.getStatus(), state);
            Problem problem = (Problem) response.getEntity();
            assertEquals("https://restwell.dev/problems/conflict", problem.type());
            assertEquals("/api/v1/bookings", problem.instance());
            assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        }
    }

    @Test
    void anythingElseIsAnInternalErrorThatShowsNoDetails() {
        Response response = mappers.anythingElse(new IllegalStateException("secret table name"), uri);
        assertEquals(500, response.getStatus());
        Problem problem = (Problem) response.getEntity();
        assertEquals("https://restwell.dev/problems/internal", problem.type());
        assertEquals("Something went wrong on our side; it has been logged.", problem.detail());
        assertNull(problem.errors());
    }

    @Test
    void aDatabaseOutOfReachOrOutOfConnectionsIsA503WithRetryAfter() {
        for (Throwable failure : List.of(new PersistenceException(new SQLException("Sorry, acquisition timeout!")),
                wrapped("08006"), wrapped("53300"), wrapped("57P03"))) {
            Response response = mappers.anythingElse(failure, uri);
            assertType(503, ProblemType.TEMPORARILY_UNAVAILABLE, response);
            assertEquals("1", response.getHeaderString("Retry-After"));
            assertTrue(((Problem) response.getEntity()).detail().contains("nothing was changed"));
        }
    }

    @Test
    void aStaleVersionIsAConflictEvenWhenTheTransactionWrapsIt() {
        Response response = mappers.anythingElse(new RuntimeException("commit failed",
                new OptimisticLockException("Row was updated or deleted by another transaction")), uri);
        assertEquals(409, response.getStatus());
        assertEquals(ProblemType.CONFLICT.uri(), ((Problem) response.getEntity()).type());
    }

    @Test
    void httpRefusalsAnswerWithTheirCatalogueType() {
        assertType(404, ProblemType.NOT_FOUND, mappers.webApplication(new NotFoundException(), uri));
        assertType(405, ProblemType.METHOD_NOT_ALLOWED, mappers.webApplication(new NotAllowedException("GET"), uri));
        assertType(406, ProblemType.NOT_ACCEPTABLE, mappers.webApplication(new NotAcceptableException(), uri));
        assertType(413, ProblemType.PAYLOAD_TOO_LARGE, mappers.webApplication(new WebApplicationException(413), uri));
        assertType(415, ProblemType.UNSUPPORTED_MEDIA_TYPE, mappers.webApplication(new NotSupportedException(), uri));
    }

    enum Colour { RED, GREEN }

    record Paint(Colour colour, String name, int coats) {
    }

    @Test
    void unreadableJsonNamesItsFieldAndIsAMalformedRequest() {
        ObjectMapper json = new ObjectMapper();
        new JsonConfig().customize(json);

        Problem broken = (Problem) mappers.jsonProcessing(failure(json, "{\"name\": "), uri).getEntity();
        assertEquals(ProblemType.MALFORMED_REQUEST.uri(), broken.type());
        assertEquals(400, broken.status());
        assertNull(broken.errors());

        Problem unknownColour = (Problem) mappers.jsonProcessing(failure(json, "{\"colour\": \"BLUE\"}"), uri).getEntity();
        assertEquals(ProblemType.MALFORMED_REQUEST.uri(), unknownColour.type());
        assertEquals("colour", unknownColour.errors().get(0).field());
        assertTrue(unknownColour.detail().contains("RED, GREEN"), unknownColour.detail());

        Problem nul = (Problem) mappers.jsonProcessing(failure(json, "{\"name\": \"a\\u0000b\"}"), uri).getEntity();
        assertEquals(List.of(new Problem.FieldError("name", JsonConfig.NUL_REFUSED)), nul.errors());

        Problem wrongType = (Problem) mappers.jsonProcessing(failure(json, "{\"coats\": \"two\"}"), uri).getEntity();
        assertEquals("coats", wrongType.errors().get(0).field());
        assertTrue(wrongType.errors().get(0).message().contains("whole number"), wrongType.errors().get(0).message());
    }

    private static com.fasterxml.jackson.core.JsonProcessingException failure(ObjectMapper json, String body) {
        try {
            json.readValue(body, Paint.class);
            throw new AssertionError("read " + body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return e;
        }
    }

    private static void assertType(int status, ProblemType type, Response response) {
        assertEquals(status, response.getStatus());
        Problem problem = (Problem) response.getEntity();
        assertEquals(type.uri(), problem.type());
        assertEquals(type.title, problem.title());
        assertEquals(status, problem.status());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
    }

    private static RuntimeException wrapped(String sqlState) {
        return new RuntimeException("transaction failed",
                new PersistenceException("could not execute statement", new SQLException("boom", sqlState)));
    }
}
