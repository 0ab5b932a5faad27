package io.restwell.platform.defaults.fhir;

import java.util.List;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.MediaType;

/**
 * FHIR JSON's media types. FHIR servers take {@code application/json} as FHIR JSON too, so a resource that answers
 * FHIR produces both and answers in the one the client asked for ({@code application/fhir+json} when it takes
 * either). Static, no bean: the gateway may have it on its classpath.
 */
public final class FhirJson {

    public static final String MEDIA_TYPE = "application/fhir+json";
    private static final MediaType FHIR = MediaType.valueOf(MEDIA_TYPE);

    private FhirJson() {
    }

    /** The media type to answer FHIR JSON in for these acceptable types (the request's, by preference). */
    public static String answerType(List<MediaType> acceptable) {
        if (acceptable == null || acceptable.isEmpty()) {
            return MEDIA_TYPE;
        }
        for (MediaType type : acceptable) {
            if (type.isCompatible(FHIR)) {
                return MEDIA_TYPE;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return MediaType.APPLICATION_JSON;
            }
        }
        throw new NotAcceptableException("FHIR JSON is served as " + MEDIA_TYPE + " or " + MediaType.APPLICATION_JSON);
    }
}
