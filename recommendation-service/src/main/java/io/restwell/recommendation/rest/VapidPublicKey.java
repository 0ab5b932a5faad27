package io.restwell.recommendation.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The key a browser subscribes with ({@code applicationServerKey} of {@code PushManager.subscribe}). */
@Schema(name = "VapidPublicKey")
public record VapidPublicKey(
        @Schema(description = "Restwell's VAPID public key (RFC 8292): the 65-byte P-256 point, base64url") String publicKey) {
}
