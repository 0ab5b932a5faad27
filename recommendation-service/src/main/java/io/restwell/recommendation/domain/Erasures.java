package io.restwell.recommendation.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;

/**
 * What this service remembers of a person who erased their data, and which later events it still
 * takes. It keeps the SHA-256 of the user id (never the id: the record must not be the person's data
 * again) and the time of the erasure.
 */
public final class Erasures {

    private Erasures() {
    }

    /** The user id's SHA-256, 64 lowercase hex digits: matches the person's later events, names no one. */
    public static String userHash(String userId) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(userId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * An event written at or before the erasure describes data the person asked to be forgotten: a
     * late or replayed copy of it must not bring that data back. One written after it is a fresh start.
     */
    public static boolean erased(OffsetDateTime eventWritten, OffsetDateTime erasedAt) {
        return !eventWritten.isAfter(erasedAt);
    }

    /** The erasure's moment: the later of the time it names and the time its event was written. */
    public static OffsetDateTime erasureTime(OffsetDateTime named, OffsetDateTime written) {
        return named == null || written.isAfter(named) ? written : named;
    }
}
