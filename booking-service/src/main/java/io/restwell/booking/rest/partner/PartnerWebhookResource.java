package io.restwell.booking.rest.partner;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.callbacks.Callback;
import org.eclipse.microprofile.openapi.annotations.callbacks.CallbackOperation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import io.restwell.platform.defaults.paging.Paging;
import io.restwell.booking.WebhookDelivery;
import io.restwell.booking.mapping.WebhookMapper;
import io.restwell.booking.security.PartnerKeyIdentityProvider;
import io.restwell.booking.security.PartnerKeyMechanism;
import io.restwell.booking.domain.BookingException;
import io.restwell.booking.service.WebhookService;
import io.restwell.platform.defaults.paging.Page;
import io.restwell.booking.rest.QueryParams;

/** A partner clinic manages its own webhook endpoints and reads their delivery log with its API key. */
@Path("/api/v1/partner/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partner webhooks", description = WebhookDocs.DELIVERIES)
@HttpAuthenticationMechanism(PartnerKeyMechanism.SCHEME)
@RolesAllowed(PartnerKeyIdentityProvider.ROLE)
@SecurityRequirement(name = PartnerBookingResource.SECURITY_SCHEME)
public class PartnerWebhookResource {

    private final PartnerCaller caller;
    private final WebhookService webhooks;

    PartnerWebhookResource(PartnerCaller caller, WebhookService webhooks) {
        this.caller = caller;
        this.webhooks = webhooks;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    // What a registered endpoint then receives: the document's `webhooks` (service-defaults CallbacksAsWebhooks).
    @Callback(name = "bookingEvent", callbackUrlExpression = "{$request.body#/url}", operations = @CallbackOperation(method = "post",
            summary = "A booking of your clinic was created, cancelled, rescheduled, completed or marked no-show",
            description = WebhookDocs.DELIVERIES,
            parameters = {
                    @Parameter(name = "Restwell-Signature", in = ParameterIn.HEADER, required = true, description = WebhookDocs.SIGNATURE,
                            schema = @Schema(type = SchemaType.STRING), example = "t=1763629964,v1=5f8a…"),
                    @Parameter(name = "Restwell-Event-Id", in = ParameterIn.HEADER, required = true, description = WebhookDocs.EVENT_ID,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid")),
                    @Parameter(name = "Restwell-Event-Type", in = ParameterIn.HEADER, required = true, schema = @Schema(type = SchemaType.STRING)),
                    @Parameter(name = "Restwell-Delivery-Id", in = ParameterIn.HEADER, required = true, description = "This event for this endpoint",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid")),
                    @Parameter(name = "Restwell-Delivery-Attempt", in = ParameterIn.HEADER, required = true, description = "1 for the first attempt, then 2, 3, …",
                            schema = @Schema(type = SchemaType.INTEGER))},
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BookingWebhookEvent.class),
                    examples = @ExampleObject(name = "cancelled", value = WebhookDocs.EVENT_EXAMPLE))),
            responses = @APIResponse(responseCode = "2XX", description = "Received (answer within 10 seconds; anything else is retried)")))
    @Callback(name = "ping", callbackUrlExpression = "{$request.body#/url}", operations = @CallbackOperation(method = "post",
            summary = "A test delivery you asked for (POST …/webhooks/{endpointId}/ping)",
            description = "Signed, retried and logged like any delivery; it carries no booking.",
            parameters = {
                    @Parameter(name = "Restwell-Signature", in = ParameterIn.HEADER, required = true, description = WebhookDocs.SIGNATURE,
                            schema = @Schema(type = SchemaType.STRING)),
                    @Parameter(name = "Restwell-Event-Id", in = ParameterIn.HEADER, required = true, description = WebhookDocs.EVENT_ID,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid")),
                    @Parameter(name = "Restwell-Event-Type", in = ParameterIn.HEADER, required = true, schema = @Schema(type = SchemaType.STRING)),
                    @Parameter(name = "Restwell-Delivery-Id", in = ParameterIn.HEADER, required = true, schema = @Schema(type = SchemaType.STRING, format = "uuid")),
                    @Parameter(name = "Restwell-Delivery-Attempt", in = ParameterIn.HEADER, required = true, schema = @Schema(type = SchemaType.INTEGER))},
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookPingEvent.class))),
            responses = @APIResponse(responseCode = "2XX", description = "Received")))
    @Operation(operationId = "createPartnerWebhook", summary = "Register an endpoint for booking events; the signing secret is shown only in this answer",
            description = WebhookDocs.DELIVERIES)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerWebhookEndpointRequest.class),
            examples = @ExampleObject(name = "endpoint", value = WebhookDocs.CREATE_EXAMPLE)))
    // The delivery's body is shown in the description: as an example of this answer it would not match its schema.
    @APIResponse(responseCode = "201", description = "Registered: store `secret` now. A delivery's body then looks like this:\n\n```json\n"
            + WebhookDocs.EVENT_EXAMPLE + "\n```",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerWebhookEndpointCreated.class),
                    examples = @ExampleObject(name = "created", value = WebhookDocs.CREATED_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Missing or too long URL, malformed body")
    @APIResponse(responseCode = "409", description = "The clinic has the most endpoints allowed already")
    @APIResponse(responseCode = "422", description = "Not an https URL on a public host, or an unknown event type")
    public Response create(@NotNull @Valid PartnerWebhookEndpointRequest request) {
        WebhookService.Created created = webhooks.create(caller.clinicId(), request.toCommand());
        return Response.created(URI.create("/api/v1/partner/webhooks/" + created.endpoint().id))
                .header("Cache-Control", "no-store")
                .entity(WebhookMapper.toCreated(created.endpoint(), created.secret())).build();
    }

    @GET
    @Operation(operationId = "listPartnerWebhooks", summary = "The clinic's webhook endpoints")
    @APIResponse(responseCode = "200", description = "The endpoints, oldest first")
    public List<PartnerWebhookEndpoint> list() {
        return webhooks.list(caller.clinicId()).stream().map(WebhookMapper::toResponse).toList();
    }

    @GET
    @Path("{endpointId}")
    @Operation(operationId = "getPartnerWebhook", summary = "One webhook endpoint")
    @APIResponse(responseCode = "200", description = "The endpoint",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerWebhookEndpoint.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint at this clinic")
    public PartnerWebhookEndpoint get(@PathParam("endpointId") UUID endpointId) {
        return WebhookMapper.toResponse(webhooks.get(caller.clinicId(), endpointId));
    }

    @PUT
    @Path("{endpointId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replacePartnerWebhook", summary = "Change an endpoint's URL, description or event types, or enable / disable it",
            description = "The secret stays. Enabling a disabled endpoint clears its failure count; its pending deliveries resume.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerWebhookEndpointRequest.class),
            examples = @ExampleObject(name = "enable", value = "{\"url\": \"https://clinic.example/restwell/webhooks\", \"enabled\": true}")))
    @APIResponse(responseCode = "200", description = "The changed endpoint",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerWebhookEndpoint.class)))
    @APIResponse(responseCode = "400", description = "Missing or too long URL, malformed body")
    @APIResponse(responseCode = "404", description = "No such endpoint at this clinic")
    @APIResponse(responseCode = "422", description = "Not an https URL on a public host, or an unknown event type")
    public PartnerWebhookEndpoint replace(@PathParam("endpointId") UUID endpointId, @NotNull @Valid PartnerWebhookEndpointRequest request) {
        return WebhookMapper.toResponse(webhooks.replace(caller.clinicId(), endpointId, request.toCommand()));
    }

    @POST
    @Path("{endpointId}/secret")
    @Operation(operationId = "rotatePartnerWebhookSecret", summary = "Rotate an endpoint's signing secret; the new one is shown only in this answer",
            description = "For 24 hours both the new and the previous secret sign every delivery (two `v1` values in "
                    + "`Restwell-Signature`): switch your receiver to the new secret within that time and no delivery fails "
                    + "verification. Rotate again to end a leaked secret's overlap early.")
    @APIResponse(responseCode = "200", description = "Rotated: store `secret` now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerWebhookSecretRotated.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint at this clinic")
    public Response rotateSecret(@PathParam("endpointId") UUID endpointId) {
        WebhookService.Rotated rotated = webhooks.rotateSecret(caller.clinicId(), endpointId);
        return Response.ok(WebhookMapper.toRotated(rotated.endpoint(), rotated.secret())).header("Cache-Control", "no-store").build();
    }

    @DELETE
    @Path("{endpointId}")
    @Operation(operationId = "deletePartnerWebhook", summary = "Delete an endpoint and its delivery log")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such endpoint at this clinic")
    public void delete(@PathParam("endpointId") UUID endpointId) {
        webhooks.delete(caller.clinicId(), endpointId);
    }

    @GET
    @Path("{endpointId}/deliveries")
    @Operation(operationId = "listPartnerWebhookDeliveries", summary = "An endpoint's deliveries, newest first")
    @APIResponse(responseCode = "200", description = "One page of deliveries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerWebhookDeliveryPage.class)))
    @APIResponse(responseCode = "400", description = "Bad paging or status parameter")
    @APIResponse(responseCode = "404", description = "No such endpoint at this clinic")
    public PartnerWebhookDeliveryPage deliveries(@PathParam("endpointId") UUID endpointId,
            @Parameter(description = "Only this status", schema = @Schema(type = SchemaType.STRING, enumeration = {"PENDING", "SUCCEEDED", "FAILED"})) @QueryParam("status") String status,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0", minimum = "0", maximum = Paging.MAX_PAGE_TEXT)) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", minimum = "1", maximum = "100")) @QueryParam("size") String size) {
        return page(webhooks, caller.clinicId(), endpointId, status, page, size);
    }

    @POST
    @Path("{endpointId}/deliveries/{deliveryId}/redeliver")
    @Operation(operationId = "redeliverPartnerWebhook", summary = "Send a delivery again now (same event id)",
            description = "For a failed delivery, or one you lost. It gets another 24 hours of retries.")
    @APIResponse(responseCode = "202", description = "Queued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerWebhookDelivery.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint or delivery at this clinic")
    @APIResponse(responseCode = "409", description = "The endpoint is disabled")
    public Response redeliver(@PathParam("endpointId") UUID endpointId, @PathParam("deliveryId") UUID deliveryId) {
        return Response.accepted(WebhookMapper.toResponse(webhooks.redeliver(caller.clinicId(), endpointId, deliveryId))).build();
    }

    @POST
    @Path("{endpointId}/ping")
    @Operation(operationId = "pingPartnerWebhook", summary = "Send a test delivery to an endpoint now",
            description = "Queues a `restwell.webhook.ping.v1` event for this endpoint alone (whatever event types it wants), "
                    + "signed and retried like any delivery: check your receiver and its signature check before real bookings "
                    + "arrive. Follow it in the delivery log.")
    @APIResponse(responseCode = "202", description = "Queued; the answer is the delivery",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerWebhookDelivery.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint at this clinic")
    @APIResponse(responseCode = "409", description = "The endpoint is disabled")
    public Response ping(@PathParam("endpointId") UUID endpointId) {
        return Response.accepted(WebhookMapper.toResponse(webhooks.ping(caller.clinicId(), endpointId))).build();
    }

    public static PartnerWebhookDeliveryPage page(WebhookService webhooks, UUID clinicId, UUID endpointId, String status,
            String page, String size) {
        int pageNumber = QueryParams.page(page);
        int pageSize = QueryParams.size(size);
        String wanted = QueryParams.text("status", status, 16);
        if (wanted != null) {
            wanted = WebhookService.DELIVERY_STATUSES.stream().filter(wanted::equalsIgnoreCase).findFirst()
                    .orElseThrow(() -> BookingException.malformed("status", "must be one of " + WebhookService.DELIVERY_STATUSES));
        }
        Page<WebhookDelivery> found = webhooks.deliveries(clinicId, endpointId, wanted, pageNumber, pageSize);
        return new PartnerWebhookDeliveryPage(found.items().stream().map(WebhookMapper::toResponse).toList(), pageNumber, pageSize,
                found.total());
    }
}
