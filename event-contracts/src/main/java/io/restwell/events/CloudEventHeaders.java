package io.restwell.events;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Kafka header names of CloudEvents 1.0 in binary content mode; the record key is the user (or clinic) id. */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_1_0 = "1.0";

    private CloudEventHeaders() {
    }

    /**
     * The headers of one event in binary content mode, in this order: specversion, id, source, type,
     * time (RFC 3339, seconds always present), content-type (JSON data), and subject when there is one.
     */
    public static Map<String, String> binary(String id, String source, String type, OffsetDateTime time, String subject) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SPEC_VERSION, SPEC_VERSION_1_0);
        headers.put(ID, id);
        headers.put(SOURCE, source);
        headers.put(TYPE, type);
        headers.put(TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time));
        headers.put(CONTENT_TYPE, "application/json");
        if (subject != null) {
            headers.put(SUBJECT, subject);
        }
        return headers;
    }
}
