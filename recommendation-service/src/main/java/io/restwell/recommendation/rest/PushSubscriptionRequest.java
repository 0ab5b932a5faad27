package io.restwell.recommendation.rest;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A browser's PushSubscription as its {@code toJSON()} gives it. Every field is checked by the service, which
 * names each malformed one in a 400 problem ({@code endpoint}, {@code keys.p256dh}, {@code keys.auth},
 * {@code expirationTime}); they are nullable here only so that a missing one is named too.
 */
@Schema(name = "PushSubscriptionRequest")
public record PushSubscriptionRequest(
        @Nullable @Schema(description = "The push service's URL for this browser: https to a public host, at most 2000 characters",
                example = "https://fcm.googleapis.com/fcm/send/c1K...") String endpoint,
        @Nullable @Schema(description = "When the subscription ends, in milliseconds since 1970 (null when the browser does not say)")
        Long expirationTime,
        @Nullable PushSubscriptionKeys keys) {

    @Schema(name = "PushSubscriptionKeys")
    public record PushSubscriptionKeys(
            @Nullable @Schema(description = "The browser's P-256 public key: 65 bytes (uncompressed point), base64url",
                    example = "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM") String p256dh,
            @Nullable @Schema(description = "The browser's auth secret: 16 bytes, base64url", example = "tBHItJI5svbpez7KI4CCXg") String auth) {
    }
}
