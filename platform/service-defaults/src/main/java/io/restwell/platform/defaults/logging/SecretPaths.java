package io.restwell.platform.defaults.logging;

import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.logmanager.ExtLogRecord;

import io.quarkus.logging.LoggingFilter;

/**
 * Keeps credentials that travel in a URL path out of every log line (the gateway's access log, a service's
 * "unexpected failure on <path>"): a calendar feed's secret ({@code /api/v1/calendar-feeds/<secret>.ics}, booking-
 * service) becomes its visible lookup prefix plus {@code ***}. On for the console and file handlers of every
 * service (META-INF/microprofile-config.properties: {@code quarkus.log.*.filter=secret-paths}).
 */
@LoggingFilter(name = SecretPaths.NAME)
public final class SecretPaths implements Filter {

    public static final String NAME = "secret-paths";

    private static final String MARKER = "/calendar-feeds/";
    /** The secret segment; its first 15 characters ({@code rw_cal_} and 8 more) are the stored, non-secret lookup prefix. */
    private static final Pattern FEED_SECRET = Pattern.compile("(/calendar-feeds/)(rw_cal_[0-9A-Za-z]{8})?[^/\\s?#\"]*");

    @Override
    public boolean isLoggable(LogRecord record) {
        String formatted = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        if (formatted == null || !formatted.contains(MARKER)) {
            return true;
        }
        String masked = mask(formatted);
        if (record instanceof ExtLogRecord ext) {
            ext.setMessage(masked, ExtLogRecord.FormatStyle.NO_FORMAT);
        } else {
            record.setMessage(masked);
        }
        record.setParameters(null);
        return true;
    }

    /** The text with every calendar feed secret masked. */
    public static String mask(String text) {
        Matcher matcher = FEED_SECRET.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String prefix = matcher.group(2) == null ? "" : matcher.group(2);
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + prefix + "***"));
        }
        return matcher.appendTail(out).toString();
    }
}
