package io.restwell.recommendation.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/** VAPID (RFC 8292) headers, verified with an independent JWT library (jose4j). */
class VapidKeysTest {

    static final String PUBLIC = "BHHG_5_7sut2_vUuizM6f5XLZMbA1PONWkl-uyJURYZBWWQh-p2Zn6y7pd9c0I0GQ3nI9ggWRXb4A8okIYPXHWI";
    static final String PRIVATE = "DI-40LyfNQpzmYBj-S00WcYVIPoHFjIwVes_WFp_LDU";

    @Test
    void theAuthorizationCarriesAnEs256JwtForTheEndpointsOriginAndThePublicKey() throws Exception {
        VapidKeys keys = VapidKeys.of(PUBLIC, PRIVATE, "mailto:ops@restwell.example");
        Instant now = Instant.parse("2026-12-05T08:00:00Z");

        String header = keys.authorization(URI.create("https://push.example.net:8443/wpush/v2/abc?x=1"), now, Duration.ofHours(12));

        Matcher parts = Pattern.compile("vapid t=([^,]+), k=(.+)").matcher(header);
        assertTrue(parts.matches(), header);
        assertEquals(PUBLIC, parts.group(2));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(parts.group(1));
        jws.setKey(Aes128GcmEncoding.publicKey(Base64.getUrlDecoder().decode(PUBLIC)));
        assertEquals(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256, jws.getAlgorithmHeaderValue());
        assertTrue(jws.verifySignature(), "jose4j verifies the ES256 signature with the public key");
        JwtClaims claims = JwtClaims.parse(jws.getPayload());
        assertEquals("https://push.example.net:8443", claims.getAudience().get(0));
        assertEquals(now.plus(Duration.ofHours(12)).getEpochSecond(), claims.getExpirationTime().getValue());
        assertEquals("mailto:ops@restwell.example", claims.getSubject());
        assertEquals("https://fcm.googleapis.com", VapidKeys.origin(URI.create("https://FCM.googleapis.com:443/fcm/send/x")));
    }

    @Test
    void keysThatDoNotBelongTogetherOrABadSubjectAreRefused() {
        String otherPrivate = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[] {
                1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});
        assertThrows(IllegalArgumentException.class, () -> VapidKeys.of(PUBLIC, otherPrivate, "mailto:ops@restwell.example"));
        assertThrows(IllegalArgumentException.class, () -> VapidKeys.of(PUBLIC, PRIVATE, "ops@restwell.example"));
        assertThrows(IllegalArgumentException.class, () -> VapidKeys.of("AAAA", PRIVATE, "mailto:ops@restwell.example"));
    }
}
