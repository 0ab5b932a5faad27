package io.restwell.journal.rest;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.restwell.journal.domain.DateRange;
import io.restwell.journal.domain.EntryNotFoundException;
import io.restwell.journal.domain.InvalidEntryException;
import io.restwell.platform.defaults.problem.Problem;
import io.restwell.platform.defaults.problem.ProblemType;
import io.restwell.platform.defaults.problem.Problems;

/**
 * The journal's own failures as RFC 9457 problems; every other failure is mapped by
 * restwell-service-defaults (problem/ProblemMappers).
 */
public class JournalProblemMappers {

    @ServerExceptionMapper
    public Response notFound(EntryNotFoundException e, UriInfo uri) {
        return Problems.response(ProblemType.NOT_FOUND, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response brokenRules(InvalidEntryException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.problems().stream()
                .map(problem -> new Problem.FieldError(problem.field(), problem.message())).toList();
        return Problems.response(422, ProblemType.VALIDATION_FAILED, Problems.summary(errors), uri, errors);
    }

    @ServerExceptionMapper
    public Response badQuery(DateRange.InvalidQueryException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.problems().stream()
                .map(problem -> new Problem.FieldError(problem.field(), problem.message())).toList();
        return Problems.response(400, ProblemType.VALIDATION_FAILED, Problems.summary(errors), uri, errors);
    }
}
