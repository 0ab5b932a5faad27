package io.restwell.booking.mapping;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import io.restwell.booking.Booking;
import io.restwell.booking.PartnerApiKey;
import io.restwell.booking.domain.CustomerPseudonyms;
import io.restwell.booking.rest.partner.PartnerApiKeyCreated;
import io.restwell.booking.rest.partner.PartnerApiKeyResponse;
import io.restwell.booking.rest.partner.FrontDeskClient;
import io.restwell.booking.rest.partner.PartnerBooking;

public final class PartnerMapper {

    private PartnerMapper() {
    }

    /** Clinics know the person by a pseudonym of their own, never by the platform's user id. */
    public static PartnerBooking toPartnerBooking(Booking booking, CustomerPseudonyms customers) {
        ZoneId zone = booking.zone();
        return new PartnerBooking(booking.id, booking.status, customers.of(booking.clinicId, booking.userId),
                booking.therapistId,
                booking.sessionType.code, booking.durationMinutes,
                booking.startAt.atZoneSameInstant(zone).toOffsetDateTime(),
                booking.endAt.atZoneSameInstant(zone).toOffsetDateTime(), booking.timeZone,
                SessionTypeMapper.money(booking.priceCents, booking.currency), booking.notes,
                booking.cancellationReason, booking.cancelledBy, utc(booking.cancelledAt), utc(booking.createdAt),
                utc(booking.updatedAt), booking.version, booking.channel,
                booking.clientName == null ? null : new FrontDeskClient(booking.clientName, booking.clientEmail, booking.clientPhone));
    }

    public static PartnerApiKeyResponse toResponse(PartnerApiKey key) {
        return new PartnerApiKeyResponse(key.id, key.clinicId, key.label, key.keyPrefix, utc(key.createdAt),
                utc(key.lastUsedAt), utc(key.revokedAt));
    }

    public static PartnerApiKeyCreated toCreated(PartnerApiKey key, String plaintext) {
        return new PartnerApiKeyCreated(key.id, key.clinicId, key.label, key.keyPrefix, plaintext, utc(key.createdAt));
    }

    static OffsetDateTime utc(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
