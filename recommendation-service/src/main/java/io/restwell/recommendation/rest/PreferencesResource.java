package io.restwell.recommendation.rest;

import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.restwell.platform.defaults.http.EntityTags;
import io.restwell.recommendation.domain.Preferences;
import io.restwell.recommendation.domain.RecommendationException.PreferencesChanged;
import io.restwell.recommendation.domain.SavedPreferences;
import io.restwell.recommendation.mapping.PreferencesMapper;
import io.restwell.recommendation.service.PersonalPreferences;

/** The caller's own preferences: where they travel from, how far, when sessions suit them. */
@Path("/api/v1/me/preferences")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Preferences")
@SecurityRequirement(name = "bearer")
@RolesAllowed("**")
public class PreferencesResource {

    private final JsonWebToken caller;
    private final PersonalPreferences preferences;

    PreferencesResource(JsonWebToken caller, PersonalPreferences preferences) {
        this.caller = caller;
        this.preferences = preferences;
    }

    @GET
    @Operation(operationId = "getPreferences", summary = "The caller's preferences, with defaults where they said nothing",
            description = "Suggestions use them to choose slots: near home (or at the chosen clinics), on the days and at the "
                    + "times that suit, in the person's time zone. The ETag is the version to send back in If-Match.")
    @APIResponse(responseCode = "200", description = "The preferences",
            headers = @Header(name = HttpHeaders.ETAG, description = "The version, e.g. \"3\" (\"0\" until first saved)",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreferencesResponse.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the version named in If-None-Match")
    public Response get(@Parameter(description = "A version the client holds; 304 while it is current")
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        SavedPreferences current = preferences.of(caller.getSubject());
        EntityTag tag = tag(current);
        if (EntityTags.parse(ifNoneMatch, HttpHeaders.IF_NONE_MATCH).map(held -> held.matches(current.version())).orElse(false)) {
            return Response.notModified(tag).build();
        }
        return Response.ok(PreferencesMapper.toResponse(current)).tag(tag).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replacePreferences", summary = "Replace the caller's preferences",
            description = "Replaces all of them; a field left out takes its default. Send the ETag you read as If-Match so "
                    + "an edit made meanwhile on another device is not overwritten (412 then).")
    @APIResponse(responseCode = "200", description = "Saved; the ETag is the new version",
            headers = @Header(name = HttpHeaders.ETAG, description = "The new version",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreferencesResponse.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule (coordinates out of range, radius out of bounds, an "
            + "unknown time zone, `to` not after `from`...) or If-Match is not an entity tag such as \"3\"; `errors` names each one")
    @APIResponse(responseCode = "412", description = "The preferences changed since the version in If-Match; read them again")
    public Response replace(@Parameter(description = "The version the client read (the ETag), or *")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PreferencesRequest request) {
        Optional<EntityTags.Condition> condition = EntityTags.parse(ifMatch, HttpHeaders.IF_MATCH);
        Preferences wanted = Preferences.from(PreferencesMapper.toDraft(request));
        Optional<Integer> expected = Optional.empty();
        if (condition.isPresent() && !condition.get().any()) {
            // The save itself checks the version again, so an edit in between still answers 412.
            int current = preferences.of(caller.getSubject()).version();
            if (!condition.get().matches(current)) {
                throw new PreferencesChanged();
            }
            expected = Optional.of(current);
        }
        SavedPreferences saved = preferences.replace(caller.getSubject(), wanted, expected);
        return Response.ok(PreferencesMapper.toResponse(saved)).tag(tag(saved)).build();
    }

    private static EntityTag tag(SavedPreferences current) {
        return new EntityTag(Integer.toString(current.version()));
    }
}
