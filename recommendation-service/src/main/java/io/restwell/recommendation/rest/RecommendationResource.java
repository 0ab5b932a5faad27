package io.restwell.recommendation.rest;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.restwell.recommendation.Recommendation;
import io.restwell.recommendation.mapping.RecommendationMapper;
import io.restwell.recommendation.repository.RecommendationRepository;

@Path("/api/v1/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations")
@SecurityRequirement(name = "bearer")
@RolesAllowed("**")
public class RecommendationResource {

    @Inject
    ObjectMapper json;

    @Inject
    JsonWebToken caller;

    @Inject
    RecommendationRepository recommendations;

    @GET
    @Operation(operationId = "listRecommendations",
            summary = "The caller's suggestions, newest first, optionally made between two dates (UTC)")
    public Page<RecommendationResponse> list(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        PanacheQuery<Recommendation> query = recommendations.suggestionsFor(caller.getSubject(), from, to, page, size);
        return new Page<>(query.list().stream().map(recommendation -> RecommendationMapper.toResponse(recommendation, json)).toList(), page, size, query.count());
    }
}
