package io.restwell.platform.defaults.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

class SecretPathsTest {

    private static final String SECRET = "rw_cal_Q2x9LmP4vT7kR1sN8bW3cY6dF0gH5jK2mZ4aE7uI";

    @Test
    void anAccessLogLineKeepsTheLookupPrefixAndLosesTheSecret() {
        ExtLogRecord record = new ExtLogRecord(Level.INFO, "127.0.0.1 \"GET /api/v1/calendar-feeds/" + SECRET
                + ".ics HTTP/1.1\" 200 812 3 ms rid=abc", ExtLogRecord.FormatStyle.NO_FORMAT, SecretPaths.class.getName());

        assertTrue(new SecretPaths().isLoggable(record));
        assertEquals("127.0.0.1 \"GET /api/v1/calendar-feeds/rw_cal_Q2x9LmP4*** HTTP/1.1\" 200 812 3 ms rid=abc",
                record.getFormattedMessage());
    }

    @Test
    void aFormattedMessageIsMaskedAfterFormattingAndOtherLinesStayAsTheyAre() {
        ExtLogRecord failure = new ExtLogRecord(Level.SEVERE, "unexpected failure on %s", ExtLogRecord.FormatStyle.PRINTF, "x");
        failure.setParameters(new Object[] {"/api/v1/calendar-feeds/" + SECRET + ".ics"});
        new SecretPaths().isLoggable(failure);
        assertEquals("unexpected failure on /api/v1/calendar-feeds/rw_cal_Q2x9LmP4***", failure.getFormattedMessage());

        ExtLogRecord probe = new ExtLogRecord(Level.INFO, "\"GET /api/v1/calendar-feeds/guess?x=1 HTTP/1.1\" 404",
                ExtLogRecord.FormatStyle.NO_FORMAT, "x");
        new SecretPaths().isLoggable(probe);
        assertEquals("\"GET /api/v1/calendar-feeds/***?x=1 HTTP/1.1\" 404", probe.getFormattedMessage());

        ExtLogRecord other = new ExtLogRecord(Level.INFO, "\"GET /api/v1/bookings/%s HTTP/1.1\" 200", ExtLogRecord.FormatStyle.PRINTF, "x");
        other.setParameters(new Object[] {"42"});
        new SecretPaths().isLoggable(other);
        assertEquals("\"GET /api/v1/bookings/42 HTTP/1.1\" 200", other.getFormattedMessage());
    }
}
