package io.restwell.booking.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.sql.SQLException;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;

/** A lost race reported by PostgreSQL in any of its forms is a clean 409, anything unknown a 500 without details. */
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
        assertEquals(500, mappers.anythingElse(wrapped("08006"), uri).getStatus()); // connection failure
    }

    private static RuntimeException wrapped(String sqlState) {
        return new RuntimeException("transaction failed",
                new PersistenceException("could not execute statement", new SQLException("boom", sqlState)));
    }
}
