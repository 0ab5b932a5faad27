package io.restwell.gateway.routing;

import java.util.List;
import java.util.regex.Pattern;

/** Which requests the gateway lets through without a person's token. */
public final class EdgeAccess {

    /** The catalog anyone may read (docs/architecture.md): session types, clinics and their therapists, open slots. */
    private static final List<String> PUBLIC_READS = List.of("/api/v1/session-types", "/api/v1/availability");
    /**
     * Clinics, one clinic, its therapists and one therapist; not everything under {@code /api/v1/clinics}:
     * a clinic's bookings and schedules are admin reads there, which need a token at the edge too.
     */
    private static final Pattern PUBLIC_CLINIC_READS = Pattern.compile("/api/v1/clinics(/[^/]+(/therapists(/[^/]+)?)?)?/?");
    /** Partner clinics authenticate with API keys, which booking-service checks. */
    private static final String PARTNER = "/api/v1/partner";
    /**
     * A calendar feed: calendar apps cannot send a token, so the secret in the one segment after the prefix is
     * the credential, checked by booking-service (and masked in the access log: service-defaults' SecretPaths).
     */
    private static final Pattern CALENDAR_FEED = Pattern.compile("/api/v1/calendar-feeds/[^/]+");

    private EdgeAccess() {
    }

    public static boolean needsPerson(String method, String path) {
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        if (read && (PUBLIC_READS.stream().anyMatch(prefix -> under(path, prefix)) || PUBLIC_CLINIC_READS.matcher(path).matches()
                || CALENDAR_FEED.matcher(path).matches())) {
            return false;
        }
        return !under(path, PARTNER);
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
