package io.restwell.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AmbiguousPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/v1/clinics/%2e%2e/admin/clinics", "/api/v1/clinics/%2E%2E/admin/clinics", "/api/v1/clinics/.%2e/admin/clinics",
            "/api/v1/clinics/%2e./admin/clinics", "/api/v1/clinics/../admin/clinics", "/api/v1/partner/../bookings",
            "/api/v1/clinics/./x", "/api/v1/clinics/..;x=1/admin/clinics", "/api/v1/clinics/x/..",
            "/api/v1/clinics%2f..%2fadmin%2fclinics", "/api/v1/clinics%2F..%2Fadmin", "/api/v1/clinics\\..\\admin",
            "/api/v1/clinics/%5c../admin", "/api/v1/clinics//admin", "//api/v1/bookings", "/api/v1/clinics/%252e%252e/admin"})
    void pathsTheServicesCouldReadAsAnotherPathAreRefused(String path) {
        assertTrue(AmbiguousPaths.reasonToRefuse(path).isPresent(), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/v1/clinics", "/api/v1/clinics/", "/api/v1/clinics/7f1c0c1e-8a53-4a8e-9d2e-1b1f0c2d3e4f/therapists",
            "/api/v1/journal/export.csv", "/api/v1/journal/sleep-entries/...x", "/api/v1/clinics/a.b", "/api/v1/partner/fhir/Slot",
            "/api/v1/clinics/%20caf%C3%A9", "/q/openapi", "/"})
    void ordinaryPathsPass(String path) {
        assertEquals(Optional.empty(), AmbiguousPaths.reasonToRefuse(path), path);
    }
}
