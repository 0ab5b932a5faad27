package io.restwell.platform.defaults.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.vertx.core.MultiMap;

class SecurityHeadersTest {

    private static SecurityHeadersConfig config(Optional<String> hsts) {
        return new SecurityHeadersConfig() {
            @Override
            public String cacheControl() {
                return "no-store";
            }

            @Override
            public Optional<String> strictTransportSecurity() {
                return hsts;
            }
        };
    }

    @Test
    void everyAnswerIsNosniffAndNoStoreWithoutHstsByDefault() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("X-Content-Type-Options", "whatever");
        SecurityHeaders.apply(headers, config(Optional.empty()));
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals(1, headers.getAll("X-Content-Type-Options").size());
        assertEquals("no-store", headers.get("Cache-Control"));
        assertFalse(headers.contains("Strict-Transport-Security"));
    }

    @Test
    void anAnswerThatChoseItsOwnCachingKeepsItAndHstsIsAddedWhereConfigured() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("cache-control", "public, max-age=60");
        SecurityHeaders.apply(headers, config(Optional.of("max-age=31536000; includeSubDomains")));
        assertEquals(java.util.List.of("public, max-age=60"), headers.getAll("Cache-Control"));
        assertEquals("max-age=31536000; includeSubDomains", headers.get("Strict-Transport-Security"));
    }
}
