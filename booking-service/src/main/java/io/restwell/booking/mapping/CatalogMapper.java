package io.restwell.booking.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restwell.booking.Clinic;
import io.restwell.booking.Therapist;
import io.restwell.booking.domain.ClinicPrices;
import io.restwell.booking.rest.Address;
import io.restwell.booking.rest.Location;
import io.restwell.booking.rest.catalog.ClinicPriceResponse;
import io.restwell.booking.rest.catalog.ClinicResponse;
import io.restwell.booking.rest.Contact;
import io.restwell.booking.rest.catalog.TherapistResponse;

public final class CatalogMapper {

    private CatalogMapper() {
    }

    /** The clinic with the prices it charges (CatalogService.pricesAt). */
    public static ClinicResponse toResponse(Clinic clinic, Map<String, List<ClinicPrices.Price>> prices) {
        List<ClinicPriceResponse> listed = new ArrayList<>();
        prices.forEach((type, lengths) -> lengths.forEach(price -> listed.add(new ClinicPriceResponse(type,
                price.minutes(), SessionTypeMapper.money(price.minorUnits(), price.currency())))));
        return new ClinicResponse(clinic.id, clinic.name,
                new Address(clinic.street, clinic.postalCode, clinic.city, clinic.country), clinic.timeZone,
                new Contact(clinic.phone, clinic.email, clinic.website), clinic.active,
                clinic.latitude == null ? null : new Location(clinic.latitude, clinic.longitude), clinic.currency, listed);
    }

    public static TherapistResponse toResponse(Therapist therapist) {
        return new TherapistResponse(therapist.id, therapist.clinic.id, therapist.name, therapist.bio,
                therapist.qualifications.stream().map(type -> type.code).sorted().toList(), therapist.active);
    }
}
