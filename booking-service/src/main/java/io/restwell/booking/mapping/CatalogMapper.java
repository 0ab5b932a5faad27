package io.restwell.booking.mapping;

import io.restwell.booking.Clinic;
import io.restwell.booking.Therapist;
import io.restwell.booking.rest.Address;
import io.restwell.booking.rest.catalog.ClinicResponse;
import io.restwell.booking.rest.Contact;
import io.restwell.booking.rest.catalog.TherapistResponse;

public final class CatalogMapper {

    private CatalogMapper() {
    }

    public static ClinicResponse toResponse(Clinic clinic) {
        return new ClinicResponse(clinic.id, clinic.name,
                new Address(clinic.street, clinic.postalCode, clinic.city, clinic.country), clinic.timeZone,
                new Contact(clinic.phone, clinic.email, clinic.website), clinic.active);
    }

    public static TherapistResponse toResponse(Therapist therapist) {
        return new TherapistResponse(therapist.id, therapist.clinic.id, therapist.name, therapist.bio,
                therapist.qualifications.stream().map(type -> type.code).sorted().toList(), therapist.active);
    }
}
