package io.restwell.recommendation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

class WebPushKeysTest {

    /** RFC 8291 Appendix A's browser key and secret. */
    static final String P256DH = "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
    static final String AUTH = "BTBZMqHH6r4Tts7J_aSIgg";

    @Test
    void aBrowsersKeysAreTakenPaddedOrNot() {
        WebPushKeys.Result result = WebPushKeys.parse(P256DH, AUTH);
        assertEquals(List.of(), result.violations());
        assertEquals(P256DH, result.keys().p256dhText());
        assertEquals(AUTH, result.keys().authText());
        assertEquals(List.of(), WebPushKeys.parse(P256DH, AUTH + "==").violations());
    }

    @Test
    void eachMalformedKeyIsNamed() {
        assertEquals(List.of("keys.p256dh", "keys.auth"), fields(WebPushKeys.parse(null, " ")));
        assertEquals(List.of("keys.p256dh", "keys.auth"), fields(WebPushKeys.parse("not base64!", "***")));
        assertEquals(List.of("keys.auth"), fields(WebPushKeys.parse(P256DH, "AAAA")), "3 bytes");
        byte[] point = Base64.getUrlDecoder().decode(P256DH);
        point[0] = 3; // a compressed-point prefix
        assertEquals(List.of("keys.p256dh"), fields(WebPushKeys.parse(b64(point), AUTH)));
        byte[] offCurve = Base64.getUrlDecoder().decode(P256DH);
        offCurve[64] ^= 1; // y changed: not on P-256
        assertEquals(List.of("keys.p256dh"), fields(WebPushKeys.parse(b64(offCurve), AUTH)));
        assertEquals(List.of("keys.p256dh"), fields(WebPushKeys.parse(b64(new byte[33]), AUTH)), "33 bytes");
        assertTrue(WebPushKeys.parse(P256DH, AUTH).violations().isEmpty());
    }

    private static List<String> fields(WebPushKeys.Result result) {
        return result.violations().stream().map(FieldViolation::field).toList();
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
