package io.restwell.recommendation.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restwell.platform.defaults.paging.Page;
import io.restwell.platform.defaults.paging.Paging;
import io.restwell.recommendation.Recommendation;
import io.restwell.recommendation.mapping.RecommendationMapper;
import io.restwell.recommendation.service.Decisions;
import io.restwell.recommendation.service.Outcomes;

@Path("/api/v1/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations")
@SecurityRequirement(name = "bearer")
@RolesAllowed("**")
public class RecommendationResource {

    private final ObjectMapper json;
    private final JsonWebToken caller;
    private final Decisions decisions;
    private final Outcomes outcomes;

    RecommendationResource(ObjectMapper json, JsonWebToken caller, Decisions decisions, Outcomes outcomes) {
        this.json = json;
        this.caller = caller;
        this.decisions = decisions;
        this.outcomes = outcomes;
    }

    @GET
    @Operation(operationId = "listRecommendations",
            summary = "The caller's suggestions, newest first, optionally made between two dates (UTC)")
    public RecommendationPage list(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        Page<Recommendation> suggestions = decisions.page(caller.getSubject(), from, to, page, size);
        return new RecommendationPage(suggestions.items().stream()
                .map(recommendation -> RecommendationMapper.toResponse(recommendation, json)).toList(), page, size, suggestions.total());
    }

    @GET
    @Path("/insights")
    @Operation(operationId = "getRecommendationInsights", summary = "How each kind of session, and each routine step, has worked for the caller",
            description = "Per session type that counts as attended (the clinic marked it COMPLETED, or without a mark the caller "
                    + "said they went: `PUT /api/v1/me/sessions/{bookingId}/outcome`): the relief reported, and sleep efficiency, "
                    + "sleep latency and pain in the week from a session's day on against the week before, each with the nights "
                    + "behind it and a 95 % interval, or NOT_ENOUGH_NIGHTS below `minimumNights` on either side. Per routine step "
                    + "(`PUT /api/v1/me/routine-checks/{night}`): the nights after evenings with it against checked evenings "
                    + "without it. Suggestions prefer a session type whose sleep-efficiency interval lies above zero, unless "
                    + "safety or the kind of pain decides. `sessionTypes` keeps the plain averages of the first version.")
    public Insights insights() {
        return Insights.of(outcomes.of(caller.getSubject()));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRecommendation", summary = "One of the caller's suggestions")
    @APIResponse(responseCode = "200", description = "The suggestion",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationResponse.class)))
    @APIResponse(responseCode = "404", description = "No such suggestion for the caller")
    public RecommendationResponse get(@PathParam("id") UUID id) {
        return RecommendationMapper.toResponse(decisions.find(caller.getSubject(), id), json);
    }

    @POST
    @Path("/{id}/dismiss")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "dismissRecommendation", summary = "Dismiss a suggestion, optionally saying why",
            description = "No new suggestion follows for the configured cooldown (3 days by default). Dismissing twice is harmless.")
    @APIResponse(responseCode = "200", description = "Dismissed")
    @APIResponse(responseCode = "404", description = "No such suggestion for the caller")
    @APIResponse(responseCode = "409", description = "The suggestion was already accepted or expired")
    public RecommendationResponse dismiss(@PathParam("id") UUID id, @Valid DismissRequest request) {
        return RecommendationMapper.toResponse(
                decisions.dismiss(caller.getSubject(), id, request == null ? null : request.reason()), json);
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acceptRecommendation", summary = "Book one of the suggestion's slots",
            description = "Books the slot in booking-service as the caller. Safe to retry: the suggestion books at most once, "
                    + "and accepting again answers with the same booking (bookingId).")
    @APIResponse(responseCode = "200", description = "Accepted; bookingId names the booking")
    @APIResponse(responseCode = "404", description = "No such suggestion for the caller")
    @APIResponse(responseCode = "409", description = "The slot was taken meanwhile (type `slot-taken`; the body's `slots` are fresh ones); "
            + "the person already has as many open bookings as booking allows (type `open-booking-limit` or "
            + "`clinic-day-booking-limit`, with `limit` and `current`); or the suggestion is no longer open")
    @APIResponse(responseCode = "422", description = "Not one of the suggestion's slots")
    @APIResponse(responseCode = "503", description = "booking-service is unavailable; nothing was booked; retry later")
    public RecommendationResponse accept(@PathParam("id") UUID id, @NotNull @Valid AcceptRequest request,
            @HeaderParam("Authorization") String authorization) {
        return RecommendationMapper.toResponse(decisions.accept(caller.getSubject(), authorization, id,
                request.therapistId(), request.start(), Boolean.TRUE.equals(request.shareBrief())), json);
    }
}
