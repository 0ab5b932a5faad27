package io.restwell.booking.rest.admin;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.restwell.platform.defaults.paging.Paging;
import io.restwell.booking.mapping.WebhookMapper;
import io.restwell.booking.service.WebhookService;
import io.restwell.booking.rest.partner.PartnerWebhookDelivery;
import io.restwell.booking.rest.partner.PartnerWebhookDeliveryPage;
import io.restwell.booking.rest.partner.PartnerWebhookEndpoint;
import io.restwell.booking.rest.partner.PartnerWebhookEndpointCreated;
import io.restwell.booking.rest.partner.PartnerWebhookEndpointRequest;
import io.restwell.booking.rest.partner.PartnerWebhookResource;
import io.restwell.booking.rest.partner.PartnerWebhookSecretRotated;
import io.restwell.booking.rest.partner.WebhookDocs;

/** Admins manage a clinic's webhook endpoints (e.g. while onboarding it), the same way the clinic can with its key. */
@Path("/api/v1/admin/clinics/{clinicId}/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: partner access")
@RolesAllowed("admin")
@SecurityRequirement(name = "bearer", scopes = "admin")
@APIResponse(responseCode = "404", description = "No such clinic, or no such endpoint or delivery there")
public class AdminWebhookResource {

    private final WebhookService webhooks;

    AdminWebhookResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "adminCreatePartnerWebhook", summary = "Register a webhook endpoint for a clinic; the secret is shown only in this answer",
            description = WebhookDocs.DELIVERIES)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerWebhookEndpointRequest.class),
            examples = @ExampleObject(name = "endpoint", value = WebhookDocs.CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Registered: hand `secret` to the clinic now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerWebhookEndpointCreated.class),
                    examples = @ExampleObject(name = "created", value = WebhookDocs.CREATED_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Missing or too long URL, malformed body")
    @APIResponse(responseCode = "409", description = "The clinic has the most endpoints allowed already")
    @APIResponse(responseCode = "422", description = "Not an https URL on a public host, or an unknown event type")
    public Response create(@PathParam("clinicId") UUID clinicId, @NotNull @Valid PartnerWebhookEndpointRequest request) {
        WebhookService.Created created = webhooks.create(clinicId, request.toCommand());
        return Response.created(URI.create("/api/v1/admin/clinics/" + clinicId + "/webhooks/" + created.endpoint().id))
                .header("Cache-Control", "no-store")
                .entity(WebhookMapper.toCreated(created.endpoint(), created.secret())).build();
    }

    @GET
    @Operation(operationId = "adminListPartnerWebhooks", summary = "A clinic's webhook endpoints")
    @APIResponse(responseCode = "200", description = "The endpoints, oldest first")
    public List<PartnerWebhookEndpoint> list(@PathParam("clinicId") UUID clinicId) {
        return webhooks.list(clinicId).stream().map(WebhookMapper::toResponse).toList();
    }

    @PUT
    @Path("{endpointId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "adminReplacePartnerWebhook", summary = "Change a clinic's webhook endpoint, or enable / disable it")
    @APIResponse(responseCode = "200", description = "The changed endpoint",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerWebhookEndpoint.class)))
    @APIResponse(responseCode = "400", description = "Missing or too long URL, malformed body")
    @APIResponse(responseCode = "422", description = "Not an https URL on a public host, or an unknown event type")
    public PartnerWebhookEndpoint replace(@PathParam("clinicId") UUID clinicId, @PathParam("endpointId") UUID endpointId,
            @NotNull @Valid PartnerWebhookEndpointRequest request) {
        return WebhookMapper.toResponse(webhooks.replace(clinicId, endpointId, request.toCommand()));
    }

    @POST
    @Path("{endpointId}/secret")
    @Operation(operationId = "adminRotatePartnerWebhookSecret", summary = "Rotate a clinic's webhook signing secret; the new one is shown only in this answer",
            description = "For 24 hours both the new and the previous secret sign every delivery.")
    @APIResponse(responseCode = "200", description = "Rotated: hand `secret` to the clinic now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerWebhookSecretRotated.class)))
    public Response rotateSecret(@PathParam("clinicId") UUID clinicId, @PathParam("endpointId") UUID endpointId) {
        WebhookService.Rotated rotated = webhooks.rotateSecret(clinicId, endpointId);
        return Response.ok(WebhookMapper.toRotated(rotated.endpoint(), rotated.secret())).header("Cache-Control", "no-store").build();
    }

    @DELETE
    @Path("{endpointId}")
    @Operation(operationId = "adminDeletePartnerWebhook", summary = "Delete a clinic's webhook endpoint and its delivery log")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("clinicId") UUID clinicId, @PathParam("endpointId") UUID endpointId) {
        webhooks.delete(clinicId, endpointId);
    }

    @GET
    @Path("{endpointId}/deliveries")
    @Operation(operationId = "adminListPartnerWebhookDeliveries", summary = "A clinic endpoint's deliveries, newest first")
    @APIResponse(responseCode = "200", description = "One page of deliveries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerWebhookDeliveryPage.class)))
    @APIResponse(responseCode = "400", description = "Bad paging or status parameter")
    public PartnerWebhookDeliveryPage deliveries(@PathParam("clinicId") UUID clinicId, @PathParam("endpointId") UUID endpointId,
            @Parameter(description = "Only this status", schema = @Schema(type = SchemaType.STRING, enumeration = {"PENDING", "SUCCEEDED", "FAILED"})) @QueryParam("status") String status,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0", minimum = "0", maximum = Paging.MAX_PAGE_TEXT)) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", minimum = "1", maximum = "100")) @QueryParam("size") String size) {
        return PartnerWebhookResource.page(webhooks, clinicId, endpointId, status, page, size);
    }

    @POST
    @Path("{endpointId}/deliveries/{deliveryId}/redeliver")
    @Operation(operationId = "adminRedeliverPartnerWebhook", summary = "Send a clinic's delivery again now (same event id)")
    @APIResponse(responseCode = "202", description = "Queued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerWebhookDelivery.class)))
    @APIResponse(responseCode = "409", description = "The endpoint is disabled")
    public Response redeliver(@PathParam("clinicId") UUID clinicId, @PathParam("endpointId") UUID endpointId,
            @PathParam("deliveryId") UUID deliveryId) {
        return Response.accepted(WebhookMapper.toResponse(webhooks.redeliver(clinicId, endpointId, deliveryId))).build();
    }

    @POST
    @Path("{endpointId}/ping")
    @Operation(operationId = "adminPingPartnerWebhook", summary = "Send a test delivery to a clinic's endpoint now")
    @APIResponse(responseCode = "202", description = "Queued; the answer is the delivery",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerWebhookDelivery.class)))
    @APIResponse(responseCode = "404", description = "No such clinic or endpoint")
    @APIResponse(responseCode = "409", description = "The endpoint is disabled")
    public Response ping(@PathParam("clinicId") UUID clinicId, @PathParam("endpointId") UUID endpointId) {
        return Response.accepted(WebhookMapper.toResponse(webhooks.ping(clinicId, endpointId))).build();
    }
}
