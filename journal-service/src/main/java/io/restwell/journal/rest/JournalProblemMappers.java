package io.restwell.journal.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.restwell.journal.domain.DateRange;
import io.restwell.journal.domain.DeletedRecordException;
import io.restwell.journal.domain.DuplicateNightException;
import io.restwell.journal.domain.EntryNotFoundException;
import io.restwell.journal.domain.InvalidEntryException;
import io.restwell.journal.domain.JournalException;
import io.restwell.journal.domain.StaleEntryException;
import io.restwell.journal.domain.StaleRecordException;
import io.restwell.journal.domain.SyncTokenExpiredException;
import io.restwell.platform.defaults.problem.Problem;
import io.restwell.platform.defaults.problem.ProblemType;
import io.restwell.platform.defaults.problem.Problems;

/**
 * The journal's own failures as RFC 9457 problems; every other failure is mapped by
 * restwell-service-defaults (problem/ProblemMappers). {@link #problem} is the one place that decides
 * each failure's type and status, for single answers and for the items of a batch alike.
 */
public class JournalProblemMappers {

    /** A sync token too old to see every deletion: the device must sync in full. */
    public static final String SYNC_TOKEN_EXPIRED = Problems.type("sync-token-expired");

    /** The problem a journal failure answers with (without extension members). */
    public static Problem problem(JournalException e, String instance) {
        if (e instanceof InvalidEntryException invalid) {
            return validation(422, invalid.problems().stream()
                    .map(p -> new Problem.FieldError(p.field(), p.message())).toList(), instance);
        }
        if (e instanceof DateRange.InvalidQueryException query) {
            return validation(400, query.problems().stream()
                    .map(p -> new Problem.FieldError(p.field(), p.message())).toList(), instance);
        }
        if (e instanceof DuplicateNightException || e instanceof StaleRecordException || e instanceof DeletedRecordException) {
            return of(ProblemType.CONFLICT, e.getMessage(), instance);
        }
        if (e instanceof StaleEntryException) {
            return of(ProblemType.PRECONDITION_FAILED, e.getMessage(), instance);
        }
        if (e instanceof SyncTokenExpiredException) {
            return new Problem(SYNC_TOKEN_EXPIRED, "Sync token expired", 410, e.getMessage(), instance, null);
        }
        return of(ProblemType.NOT_FOUND, e.getMessage(), instance);
    }

    @ServerExceptionMapper
    public Response notFound(EntryNotFoundException e, UriInfo uri) {
        return answer(e, uri, Map.of());
    }

    @ServerExceptionMapper
    public Response brokenRules(InvalidEntryException e, UriInfo uri) {
        return answer(e, uri, Map.of());
    }

    @ServerExceptionMapper
    public Response badQuery(DateRange.InvalidQueryException e, UriInfo uri) {
        return answer(e, uri, Map.of());
    }

    /** 409 naming the entry that already holds the night, so the device can change that one instead. */
    @ServerExceptionMapper
    public Response duplicateNight(DuplicateNightException e, UriInfo uri) {
        return answer(e, uri, Map.of("existingEntryId", e.existingEntryId()));
    }

    /** 409: the device's version is older than the stored one; it keeps the stored entry by reading it. */
    @ServerExceptionMapper
    public Response staleRecord(StaleRecordException e, UriInfo uri) {
        return answer(e, uri, Map.of("existingEntryId", e.existingEntryId(), "storedClientRecordVersion", e.storedVersion()));
    }

    /** 409: another device deleted this client record at this version or a newer one. */
    @ServerExceptionMapper
    public Response deletedRecord(DeletedRecordException e, UriInfo uri) {
        return answer(e, uri, Map.of("deletedEntryId", e.deletedEntryId()));
    }

    @ServerExceptionMapper
    public Response staleEntry(StaleEntryException e, UriInfo uri) {
        return answer(e, uri, Map.of());
    }

    @ServerExceptionMapper
    public Response syncTokenExpired(SyncTokenExpiredException e, UriInfo uri) {
        return answer(e, uri, Map.of());
    }

    private static Response answer(JournalException e, UriInfo uri, Map<String, Object> members) {
        Problem problem = problem(e, uri.getPath());
        if (members.isEmpty()) {
            return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        return Problems.withMembers(problem.status(), problem.type(), problem.title(), problem.detail(), uri,
                new LinkedHashMap<>(members));
    }

    private static Problem validation(int status, List<Problem.FieldError> errors, String instance) {
        return new Problem(ProblemType.VALIDATION_FAILED.uri(), ProblemType.VALIDATION_FAILED.title, status,
                Problems.summary(errors), instance, errors);
    }

    private static Problem of(ProblemType type, String detail, String instance) {
        return new Problem(type.uri(), type.title, type.status, detail, instance, null);
    }
}
