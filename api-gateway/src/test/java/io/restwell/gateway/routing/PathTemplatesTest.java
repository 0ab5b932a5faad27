package io.restwell.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class PathTemplatesTest {

    private final PathTemplates templates = new PathTemplates(List.of(
            "/api/v1/recommendations/{id}", "/api/v1/recommendations/insights", "/api/v1/recommendations",
            "/api/v1/clinics/{clinicId}/therapists/{therapistId}/schedule", "/api/v1/partner/fhir/Slot"));

    @Test
    void namesARequestByItsDocumentedTemplate() {
        assertEquals("/api/v1/recommendations/{id}", templates.templateOf("/api/v1/recommendations/4f1c0c1e-0000-4000-8000-000000000001"));
        assertEquals("/api/v1/recommendations", templates.templateOf("/api/v1/recommendations"));
        assertEquals("/api/v1/clinics/{clinicId}/therapists/{therapistId}/schedule",
                templates.templateOf("/api/v1/clinics/a/therapists/b/schedule"));
        assertEquals("/api/v1/partner/fhir/Slot", templates.templateOf("/api/v1/partner/fhir/Slot"));
    }

    @Test
    void aLiteralSegmentWinsOverAParameter() {
        assertEquals("/api/v1/recommendations/insights", templates.templateOf("/api/v1/recommendations/insights"));
    }

    @Test
    void pathsNoOperationHasShareOneName() {
        assertEquals(PathTemplates.UNKNOWN, templates.templateOf("/api/v1/recommendations/a/b"));
        assertEquals(PathTemplates.UNKNOWN, templates.templateOf("/api/v1/whatever-" + System.nanoTime()));
    }
}
