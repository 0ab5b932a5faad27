package io.restwell.booking.rest.partner.fhir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.core.MultivaluedMap;

import io.restwell.booking.domain.TimeBound;
import io.restwell.booking.domain.BookingException;
import io.restwell.booking.rest.QueryParams;
import io.restwell.platform.defaults.paging.Paging;

/**
 * FHIR search parameters of the partner FHIR views: date prefixes ({@code ge2026-12-01},
 * {@code lt2026-12-08T00:00:00+01:00}), tokens with an optional {@code system|}, {@code _count} and
 * {@code _offset}. A bad value answers a 400 problem naming the parameter.
 */
final class FhirParams {

    /** A search range: clinic-local dates (inclusive) or instants ({@code to} exclusive); either end may be open. */
    record Range(TimeBound from, TimeBound to) {
    }

    static final int DEFAULT_COUNT = 20;
    static final int MAX_COUNT = 100;

    private FhirParams() {
    }

    /** Repeated values combine (AND): {@code start=ge2026-12-01&start=lt2026-12-08}. */
    static Range range(String name, List<String> values) {
        TimeBound from = null;
        TimeBound to = null;
        for (String raw : values == null ? List.<String>of() : values) {
            String value = raw.strip();
            String prefix = "eq";
            if (value.length() > 2 && Character.isLetter(value.charAt(0)) && Character.isLetter(value.charAt(1))) {
                prefix = value.substring(0, 2);
                value = value.substring(2);
            }
            TimeBound bound = QueryParams.timeBound(name, value);
            if (bound == null) {
                throw BookingException.malformed(name, "needs a date or date-time after its prefix");
            }
            switch (prefix) {
                case "ge", "sa" -> from = prefix.equals("ge") ? bound : after(bound);
                case "gt" -> from = after(bound);
                case "le" -> to = bound.date() != null ? bound : TimeBound.ofInstant(bound.instant().plusMillis(1));
                case "lt", "eb" -> to = bound.date() != null ? TimeBound.ofDate(bound.date().minusDays(1)) : bound;
                case "eq" -> {
                    from = bound;
                    to = bound.date() != null ? bound : TimeBound.ofInstant(bound.instant().plusSeconds(1));
                }
                default -> throw BookingException.malformed(name, "prefix must be one of eq, ge, gt, le, lt, sa, eb");
            }
        }
        return new Range(from, to);
    }

    private static TimeBound after(TimeBound bound) {
        return bound.date() != null ? TimeBound.ofDate(bound.date().plusDays(1)) : TimeBound.ofInstant(bound.instant().plusMillis(1));
    }

    /** An instant bound of {@code _lastUpdated} (ge/gt only): the start of a sync. */
    static Instant lastUpdated(List<String> values) {
        Range range = range("_lastUpdated", values);
        if (range.to() != null || range.from() != null && range.from().instant() == null) {
            throw BookingException.malformed("_lastUpdated", "takes ge or gt with an RFC 3339 date-time, e.g. ge2026-11-02T17:39:00Z");
        }
        return range.from() == null ? null : range.from().instant();
    }

    /** Token values (comma = OR); {@code system|code} matches only our {@code system}. Null when absent. */
    static List<String> codes(String name, List<String> values, String system, int maxLength) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        List<String> codes = new ArrayList<>();
        for (String raw : values) {
            if (raw.length() > maxLength) {
                throw BookingException.invalid(name, "must be at most " + maxLength + " characters");
            }
            for (String token : raw.split(",")) {
                String value = token.strip();
                int bar = value.indexOf('|');
                if (bar >= 0) {
                    if (system == null || !value.substring(0, bar).equals(system)) {
                        continue; // another system's code: matches nothing here
                    }
                    value = value.substring(bar + 1);
                }
                if (!value.isEmpty()) {
                    codes.add(value);
                }
            }
        }
        return codes;
    }

    static int count(MultivaluedMap<String, String> query) {
        String raw = query.getFirst("_count");
        Integer count = QueryParams.integer("_count", raw);
        if (count == null) {
            return DEFAULT_COUNT;
        }
        if (count < 1 || count > MAX_COUNT) {
            throw BookingException.invalid("_count", "must be between 1 and " + MAX_COUNT);
        }
        return count;
    }

    static int offset(MultivaluedMap<String, String> query) {
        Integer offset = QueryParams.integer("_offset", query.getFirst("_offset"));
        if (offset != null && (offset < 0 || offset > Paging.MAX_OFFSET)) {
            throw BookingException.invalid("_offset", "must be between 0 and " + Paging.MAX_OFFSET);
        }
        return offset == null ? 0 : offset;
    }

    /** The URL of a page of the same search: every parameter kept, {@code _offset} and {@code _count} set. */
    static String pageUrl(String base, String resourceType, MultivaluedMap<String, String> query, int offset, int count) {
        StringBuilder url = new StringBuilder(base).append(resourceType).append('?');
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (Set.of("_offset", "_count").contains(parameter.getKey())) {
                continue;
            }
            for (String value : parameter.getValue()) {
                url.append(encode(parameter.getKey())).append('=').append(encode(value)).append('&');
            }
        }
        return url.append("_count=").append(count).append("&_offset=").append(offset).toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
