package io.restwell.recommendation.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.restwell.platform.defaults.paging.Page;
import io.restwell.platform.defaults.paging.Paging;
import io.restwell.recommendation.PushSubscription;
import io.restwell.recommendation.mapping.PushSubscriptionMapper;
import io.restwell.recommendation.push.PushSender;
import io.restwell.recommendation.service.PushSubscriptions;

/** The caller's Web Push subscriptions (docs/notifications.md, "Web Push") and the key browsers subscribe with. */
@Path("/api/v1/me")
@Tag(name = "Notifications")
@SecurityRequirement(name = "bearer")
@RolesAllowed("**")
public class PushSubscriptionResource {

    private final JsonWebToken caller;
    private final PushSubscriptions subscriptions;
    private final PushSender sender;

    PushSubscriptionResource(JsonWebToken caller, PushSubscriptions subscriptions, PushSender sender) {
        this.caller = caller;
        this.subscriptions = subscriptions;
        this.sender = sender;
    }

    @GET
    @Path("/vapid-public-key")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getVapidPublicKey", summary = "The key a browser subscribes to Restwell's pushes with",
            description = "Pass `publicKey` as `applicationServerKey` to `PushManager.subscribe` (decoded from base64url).")
    public VapidPublicKey vapidPublicKey() {
        return new VapidPublicKey(sender.vapidPublicKey());
    }

    @POST
    @Path("/push-subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "subscribeToPush", summary = "Register a browser or device for Web Push",
            description = "Send the browser's `PushSubscription` JSON as it is. Notifications are then pushed to it as well as "
                    + "added to the inbox, except during the caller's quiet hours. Sending the same endpoint again replaces its keys (200).")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = @Header(name = "Location", description = "The subscription's URL", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PushSubscriptionResponse.class)))
    @APIResponse(responseCode = "200", description = "Already registered: its keys and expiration were replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PushSubscriptionResponse.class)))
    @APIResponse(responseCode = "400", description = "A malformed endpoint (not https, not a public host), key or expiration time; "
            + "`errors` names each field")
    @APIResponse(responseCode = "409", description = "The caller already has the most subscriptions allowed (10)")
    public Response subscribe(PushSubscriptionRequest request) {
        PushSubscriptionRequest body = request == null ? new PushSubscriptionRequest(null, null, null) : request;
        PushSubscriptionRequest.PushSubscriptionKeys keys = body.keys() == null
                ? new PushSubscriptionRequest.PushSubscriptionKeys(null, null) : body.keys();
        PushSubscriptions.Subscribed subscribed = subscriptions.subscribe(caller.getSubject(), body.endpoint(), keys.p256dh(),
                keys.auth(), body.expirationTime());
        PushSubscriptionResponse response = PushSubscriptionMapper.toResponse(subscribed.subscription());
        return subscribed.created()
                ? Response.created(URI.create("/api/v1/me/push-subscriptions/" + response.id())).entity(response).build()
                : Response.ok(response).build();
    }

    @GET
    @Path("/push-subscriptions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPushSubscriptions", summary = "The caller's push subscriptions, newest first")
    public PushSubscriptionPage list(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        Page<PushSubscription> found = subscriptions.page(caller.getSubject(), page, size);
        return new PushSubscriptionPage(found.items().stream().map(PushSubscriptionMapper::toResponse).toList(), page, size,
                found.total());
    }

    @DELETE
    @Path("/push-subscriptions/{id}")
    @Operation(operationId = "unsubscribeFromPush", summary = "Remove one of the caller's push subscriptions",
            description = "Nothing more is pushed to it, pushes waiting for it included.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such subscription for the caller")
    public void unsubscribe(@PathParam("id") UUID id) {
        subscriptions.unsubscribe(caller.getSubject(), id);
    }
}
