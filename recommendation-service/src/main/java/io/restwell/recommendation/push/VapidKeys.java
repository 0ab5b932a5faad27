package io.restwell.recommendation.push;

import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECPrivateKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;

/**
 * The application server's identity for Web Push (VAPID, RFC 8292): a P-256 key pair whose public key
 * browsers get as {@code applicationServerKey} when they subscribe, and which signs, per push, an ES256
 * JWT for the push service: {@code aud} the endpoint's origin, {@code exp} within 24 h, {@code sub} a
 * contact. Keys are base64url: the private key its 32-byte scalar, the public key its 65-byte point (the
 * forms {@code web-push generate-vapid-keys} prints; docs/operations.md shows openssl commands).
 */
public final class VapidKeys {

    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private final ECPrivateKey privateKey;
    private final byte[] publicPoint;
    private final String subject;

    private VapidKeys(ECPrivateKey privateKey, byte[] publicPoint, String subject) {
        this.privateKey = privateKey;
        this.publicPoint = publicPoint;
        this.subject = subject;
    }

    /**
     * The keys from their settings; refused when unreadable, when the two do not belong together (checked by
     * signing and verifying), or when the subject is not a {@code mailto:} or {@code https:} URI.
     */
    public static VapidKeys of(String publicKey, String privateKey, String subject) {
        if (!(subject.startsWith("mailto:") || subject.startsWith("https:"))) {
            throw new IllegalArgumentException("restwell.push.vapid.subject must be a mailto: or https: URI, not " + subject);
        }
        try {
            byte[] point = Base64.getUrlDecoder().decode(publicKey.strip());
            byte[] scalar = Base64.getUrlDecoder().decode(privateKey.strip());
            if (point.length != 65 || point[0] != 4 || scalar.length != 32) {
                throw new IllegalArgumentException("VAPID keys must be base64url: a 65-byte public point and a 32-byte private key");
            }
            ECPrivateKey key = (ECPrivateKey) KeyFactory.getInstance("EC")
                    .generatePrivate(new ECPrivateKeySpec(new BigInteger(1, scalar), Aes128GcmEncoding.p256()));
            VapidKeys keys = new VapidKeys(key, point, subject);
            keys.checkPair();
            return keys;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("unreadable VAPID keys", e);
        }
    }

    /** The public key as browsers take it ({@code applicationServerKey}): base64url of the 65-byte point. */
    public String publicKey() {
        return B64URL.encodeToString(publicPoint);
    }

    /** The {@code Authorization} header value for a push to {@code endpoint}: {@code vapid t=<JWT>, k=<public key>}. */
    public String authorization(URI endpoint, Instant now, Duration lifetime) {
        String header = B64URL.encodeToString("{\"typ\":\"JWT\",\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8));
        String claims = B64URL.encodeToString(("{\"aud\":\"" + origin(endpoint) + "\",\"exp\":" + now.plus(lifetime).getEpochSecond()
                + ",\"sub\":\"" + subject.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}").getBytes(StandardCharsets.UTF_8));
        String signingInput = header + "." + claims;
        return "vapid t=" + signingInput + "." + B64URL.encodeToString(sign(signingInput)) + ", k=" + publicKey();
    }

    /** scheme://host[:port], the port only when it is not the scheme's default (RFC 6454). */
    static String origin(URI endpoint) {
        String scheme = endpoint.getScheme().toLowerCase(Locale.ROOT);
        int port = endpoint.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
        return scheme + "://" + endpoint.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private byte[] sign(String signingInput) {
        try {
            // JWS ES256 wants R ‖ S (64 bytes), the "P1363" form, not DER
            Signature signature = Signature.getInstance("SHA256withECDSAinP1363Format");
            signature.initSign(privateKey);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("VAPID signing failed", e);
        }
    }

    private void checkPair() throws GeneralSecurityException {
        ECPublicKey publicKey = Aes128GcmEncoding.publicKey(publicPoint);
        byte[] probe = sign("vapid-key-pair-check");
        Signature verify = Signature.getInstance("SHA256withECDSAinP1363Format");
        verify.initVerify(publicKey);
        verify.update("vapid-key-pair-check".getBytes(StandardCharsets.US_ASCII));
        if (!verify.verify(probe)) {
            throw new IllegalArgumentException("restwell.push.vapid.public-key is not the public key of restwell.push.vapid.private-key");
        }
    }
}
