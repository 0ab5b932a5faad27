package io.restwell.booking.rest.partner;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerCalendarFeedList", description = "The clinic's calendar feeds: at most one per therapist and one for the clinic.")
public record PartnerCalendarFeedList(List<PartnerCalendarFeed> items) {
}
