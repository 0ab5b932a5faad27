package io.restwell.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EdgeAccessTest {

    @Test
    void catalogReadsAndThePartnerApiNeedNoPersonEverythingElseDoes() {
        assertFalse(EdgeAccess.needsPerson("GET", "/api/v1/session-types"));
        assertFalse(EdgeAccess.needsPerson("GET", "/api/v1/clinics/42/therapists"));
        assertFalse(EdgeAccess.needsPerson("HEAD", "/api/v1/availability"));
        assertFalse(EdgeAccess.needsPerson("POST", "/api/v1/partner/bookings/1/complete"));
        assertTrue(EdgeAccess.needsPerson("POST", "/api/v1/session-types"), "admin changes need a token");
        assertTrue(EdgeAccess.needsPerson("GET", "/api/v1/clinicsx"));
        assertTrue(EdgeAccess.needsPerson("GET", "/api/v1/journal/sleep-entries"));
        assertTrue(EdgeAccess.needsPerson("GET", "/api/v1/partnerx"));
    }

    @Test
    void ofTheClinicsOnlyTheCatalogIsPublicNotTheAdminReadsUnderIt() {
        for (String path : new String[] {"/api/v1/clinics", "/api/v1/clinics/", "/api/v1/clinics/42", "/api/v1/clinics/42/therapists",
                "/api/v1/clinics/42/therapists/7"}) {
            assertFalse(EdgeAccess.needsPerson("GET", path), path);
        }
        for (String path : new String[] {"/api/v1/clinics/42/bookings", "/api/v1/clinics/42/therapists/7/schedule",
                "/api/v1/clinics/42/therapists/7/schedule/exceptions", "/api/v1/clinics/42/anything"}) {
            assertTrue(EdgeAccess.needsPerson("GET", path), path);
        }
    }
}
