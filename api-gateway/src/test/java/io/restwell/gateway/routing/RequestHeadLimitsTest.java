package io.restwell.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.vertx.core.MultiMap;

class RequestHeadLimitsTest {

    @Test
    void headerFieldsCountAsTheDecoderCountsThem() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Host", "gw").add("X-A", "12345").add("X-A", "6");
        // "Host: gw\r\n" 10 + "X-A: 12345\r\n" 12 + "X-A: 6\r\n" 8
        assertEquals(30, RequestHeadLimits.headerBytes(headers));
    }

    @Test
    void startUpRefusesLimitsTheDecoderWouldAnswerBareFirst() {
        assertDoesNotThrow(() -> RequestHeadLimits.requireBelow("ours", 8192, "decoder's", 65536));
        IllegalStateException tooClose = assertThrows(IllegalStateException.class,
                () -> RequestHeadLimits.requireBelow("restwell.gateway.limits.max-uri-length", 8192,
                        "quarkus.http.limits.max-initial-line-length", 8200));
        assertTrue(tooClose.getMessage().contains("max-initial-line-length"), tooClose.getMessage());
        assertThrows(IllegalStateException.class, () -> RequestHeadLimits.requireBelow("ours", 8192, "decoder's", 4096));
    }
}
