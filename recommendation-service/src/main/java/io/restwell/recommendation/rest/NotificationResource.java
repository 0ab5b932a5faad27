package io.restwell.recommendation.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restwell.platform.defaults.paging.Page;
import io.restwell.platform.defaults.paging.Paging;
import io.restwell.recommendation.Notification;
import io.restwell.recommendation.domain.RecommendationException.InvalidStreamPosition;
import io.restwell.recommendation.mapping.NotificationMapper;
import io.restwell.recommendation.service.Inbox;
import io.restwell.recommendation.service.LiveNotifications;

@Path("/api/v1/me/notifications")
@Tag(name = "Notifications")
@SecurityRequirement(name = "bearer")
@RolesAllowed("**")
public class NotificationResource {

    private static final Logger LOG = Logger.getLogger(NotificationResource.class);
    private static final int CATCH_UP_BATCH = 100;

    private final JsonWebToken caller;
    private final Inbox inbox;
    private final LiveNotifications live;
    private final ObjectMapper json;

    NotificationResource(JsonWebToken caller, Inbox inbox, LiveNotifications live, ObjectMapper json) {
        this.caller = caller;
        this.inbox = inbox;
        this.live = live;
        this.json = json;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listNotifications", summary = "The caller's notifications, newest first",
            description = "`unread=true` lists only those not yet marked read.")
    public NotificationPage list(@QueryParam("unread") @DefaultValue("false") boolean unread,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        Page<Notification> notifications = inbox.page(caller.getSubject(), unread, page, size);
        return new NotificationPage(notifications.items().stream().map(this::toResponse).toList(), page, size, notifications.total());
    }

    @POST
    @Path("/{id}/read")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "markNotificationRead", summary = "Mark one of the caller's notifications read",
            description = "Marking it again is harmless and keeps the first `readAt`.")
    @APIResponse(responseCode = "200", description = "Marked read",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NotificationResponse.class)))
    @APIResponse(responseCode = "404", description = "No such notification for the caller")
    public NotificationResponse markRead(@PathParam("id") UUID id) {
        return toResponse(inbox.markRead(caller.getSubject(), id));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamNotifications", summary = "The caller's notifications as they happen (Server-Sent Events)",
            description = "Each new notification is one event: `id` is its `sequence`, `event` is `notification`, `data` the same "
                    + "JSON as in the inbox. Reconnect with `Last-Event-ID` (browsers do it themselves) and everything after that "
                    + "event is sent first; without it the stream starts from now. A comment line is sent every 15 s when "
                    + "there is nothing to say, so proxies keep the connection open.")
    @APIResponse(responseCode = "200", description = "The stream; it stays open",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Last-Event-ID is not an event id (a whole number from 0)")
    public void stream(@Parameter(description = "The id of the last event received, to resume after it")
            @HeaderParam("Last-Event-ID") String lastEventId, @Context SseEventSink sink, @Context Sse sse) {
        String userId = caller.getSubject();
        long from = lastEventId == null || lastEventId.isBlank() ? inbox.latest(userId) : position(lastEventId);
        new Stream(userId, from, sink, sse).open();
    }

    private static long position(String lastEventId) {
        try {
            long position = Long.parseLong(lastEventId.strip());
            if (position < 0) {
                throw new InvalidStreamPosition();
            }
            return position;
        } catch (NumberFormatException e) {
            throw new InvalidStreamPosition();
        }
    }

    private NotificationResponse toResponse(Notification notification) {
        return NotificationMapper.toResponse(notification, inbox.details(notification));
    }

    /** One open stream: sends what is new after its position, one batch at a time, never two sends at once. */
    private final class Stream implements LiveNotifications.Subscriber {

        private final String userId;
        private final SseEventSink sink;
        private final Sse sse;
        private long position;
        private LiveNotifications.Subscription subscription;

        Stream(String userId, long position, SseEventSink sink, Sse sse) {
            this.userId = userId;
            this.position = position;
            this.sink = sink;
            this.sse = sse;
        }

        /** Sends the headers at once (a comment), then subscribes: the first catch-up waits for this to finish. */
        synchronized void open() {
            comment("open");
            subscription = live.subscribe(userId, this);
        }

        @Override
        public synchronized void wake() {
            if (ended()) {
                return;
            }
            List<Notification> next;
            do {
                next = inbox.after(userId, position, CATCH_UP_BATCH);
                for (Notification notification : next) {
                    OutboundSseEvent event = sse.newEventBuilder().id(Long.toString(notification.seq)).name("notification")
                            .mediaType(MediaType.TEXT_PLAIN_TYPE).data(String.class, write(toResponse(notification))).build();
                    sink.send(event).whenComplete((sent, failed) -> {
                        if (failed != null) {
                            close();
                        }
                    });
                    position = notification.seq;
                }
            } while (next.size() == CATCH_UP_BATCH && !ended());
        }

        @Override
        public synchronized void heartbeat() {
            if (!ended()) {
                comment("keep-alive");
            }
        }

        private synchronized void comment(String text) {
            sink.send(sse.newEventBuilder().comment(text).build()).whenComplete((sent, failed) -> {
                if (failed != null) {
                    close();
                }
            });
        }

        private boolean ended() {
            if (sink.isClosed()) {
                close();
                return true;
            }
            return false;
        }

        private synchronized void close() {
            if (subscription != null) {
                subscription.close();
            }
            try {
                sink.close();
            } catch (RuntimeException e) {
                LOG.debugf("Closing a notification stream: %s", e.getMessage());
            }
        }

        private String write(NotificationResponse response) {
            try {
                return json.writeValueAsString(response);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
