package io.restwell.journal.domain;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Where a device's incremental sync stands: the last change it has seen ({@code changeSeq}, a number from
 * the database, so tokens survive restarts) and a time at which every change after it was still stored.
 * Opaque to clients (base64url). A token older than the tombstone retention may have lost deletions,
 * so it is {@linkplain #expired expired} and the device syncs in full.
 */
public record SyncToken(long changeSeq, Instant vouchedAt) {

    private static final String FORMAT = "c1";

    /** The token of a device that has seen nothing yet. */
    public static SyncToken start(Instant now) {
        return new SyncToken(0, now);
    }

    public String encode() {
        String plain = FORMAT + ":" + changeSeq + ":" + vouchedAt.getEpochSecond();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** A token this service issued; anything else is a 400 naming {@code field}. */
    public static SyncToken decode(String token, String field) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII).split(":");
            if (parts.length == 3 && parts[0].equals(FORMAT)) {
                long seq = Long.parseLong(parts[1]);
                long seconds = Long.parseLong(parts[2]);
                if (seq >= 0 && seconds >= 0) {
                    return new SyncToken(seq, Instant.ofEpochSecond(seconds));
                }
            }
        } catch (IllegalArgumentException notOurs) {
            // falls through to the same answer as any other token we never issued
        }
        throw new DateRange.InvalidQueryException(List.of(new FieldProblem(field,
                "is not a token this journal issued: send the nextToken of an earlier answer, or leave it out to sync in full")));
    }

    /** Deletions older than the retention are purged: past it, this token can no longer see all of them. */
    public boolean expired(Instant now, Duration tombstoneRetention) {
        return vouchedAt.plus(tombstoneRetention).isBefore(now);
    }
}
