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
    void aCalendarFeedIsReadWithoutATokenItsSecretIsTheCredential() {
        assertFalse(EdgeAccess.needsPerson("GET", "/api/v1/calendar-feeds/rw_cal_Q2x9LmP4vT7kR1sN8bW3cY6dF0gH5jK2mZ4aE7uI.ics"));
        assertFalse(EdgeAccess.needsPerson("HEAD", "/api/v1/calendar-feeds/anything.ics"));
        assertTrue(EdgeAccess.needsPerson("GET", "/api/v1/calendar-feeds"), "no listing without a token");
        assertTrue(EdgeAccess.needsPerson("GET", "/api/v1/calendar-feeds/a/b"));
        assertTrue(EdgeAccess.needsPerson("POST", "/api/v1/calendar-feeds/a.ics"));
        assertTrue(EdgeAccess.needsPerson("GET", "/api/v1/calendar-feedsx/a.ics"));
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
