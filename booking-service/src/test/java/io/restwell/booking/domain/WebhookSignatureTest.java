package io.restwell.booking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String SECRET = "whsec_Q2xWm9Tb4RkP0sVd7YhN3cLf8JgA1eZu";
    private static final String BODY = "{\"id\":\"4d3c2b1a\",\"type\":\"restwell.booking.created.v1\"}";
    private static final Instant AT = Instant.ofEpochSecond(1_795_000_000L);
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    @Test
    void theHeaderIsTheTimeAndTheHmacSha256OfTimeDotBody() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                WebhookSignature.hmac("Jefe", "what do ya want for nothing?"));
        assertEquals("t=1795000000,v1=" + WebhookSignature.hmac(SECRET, "1795000000." + BODY),
                WebhookSignature.header(SECRET, AT, BODY));
    }

    @Test
    void aReceiverAcceptsOnlyTheRightSecretTheExactBodyAndARecentTime() {
        String header = WebhookSignature.header(SECRET, AT, BODY);
        assertTrue(WebhookSignature.verify(header, SECRET, BODY, AT.plusSeconds(30), FIVE_MINUTES));
        assertFalse(WebhookSignature.verify(header, SECRET + "x", BODY, AT, FIVE_MINUTES));
        assertFalse(WebhookSignature.verify(header, SECRET, BODY.replace("created", "cancelled"), AT, FIVE_MINUTES));
        assertFalse(WebhookSignature.verify(header, SECRET, BODY + " ", AT, FIVE_MINUTES));
        assertFalse(WebhookSignature.verify(header, SECRET, BODY, AT.plusSeconds(301), FIVE_MINUTES), "a replay");
        assertFalse(WebhookSignature.verify(header.replace("t=1795000000", "t=1795000100"), SECRET, BODY,
                AT.plusSeconds(100), FIVE_MINUTES), "the time is signed too");
        assertFalse(WebhookSignature.verify("v1=" + header.substring(header.indexOf("v1=") + 3), SECRET, BODY, AT, FIVE_MINUTES));
        assertFalse(WebhookSignature.verify(null, SECRET, BODY, AT, FIVE_MINUTES));
        assertFalse(WebhookSignature.verify("t=soon,v1=00", SECRET, BODY, AT, FIVE_MINUTES));
        // a receiver that knows two secrets (during a rotation) may see two v1 values: one matching is enough
        assertTrue(WebhookSignature.verify("t=1795000000,v1=00ff," + header.substring(header.indexOf("v1=")), SECRET, BODY, AT,
                FIVE_MINUTES));
    }

    @Test
    void duringARotationBothSecretsSignAndEitherVerifies() {
        String previous = "whsec_7nK2pQ9xVb4LmT0sRy8HcJ3fWd6Ge1Za";
        String header = WebhookSignature.header(java.util.List.of(SECRET, previous), AT, BODY);
        assertEquals(WebhookSignature.header(SECRET, AT, BODY) + ",v1=" + WebhookSignature.hmac(previous, "1795000000." + BODY), header);
        assertTrue(WebhookSignature.verify(header, SECRET, BODY, AT, FIVE_MINUTES));
        assertTrue(WebhookSignature.verify(header, previous, BODY, AT, FIVE_MINUTES));
        assertFalse(WebhookSignature.verify(header, SECRET + "x", BODY, AT, FIVE_MINUTES));
    }
}
