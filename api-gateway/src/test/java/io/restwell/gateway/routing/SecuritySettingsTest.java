package io.restwell.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The gateway's settings as a profile sees them: HSTS in production only, no trusted proxy unless one is listed. */
class SecuritySettingsTest {

    private static SmallRyeConfig settings(String profile) throws IOException {
        return new SmallRyeConfigBuilder().withProfile(profile).addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(SecuritySettingsTest.class.getClassLoader().getResource("application.properties"), 250))
                .build();
    }

    @Test
    void productionAnswersCarryHstsAndNoOtherProfileDoes() throws IOException {
        assertEquals("max-age=31536000; includeSubDomains",
                settings("prod").getValue("restwell.security-headers.strict-transport-security", String.class));
        for (String profile : new String[] {"test", "local", "dev"}) {
            assertTrue(settings(profile).getOptionalValue("restwell.security-headers.strict-transport-security", String.class).isEmpty(), profile);
        }
    }

    @Test
    void noProxyIsTrustedUnlessListed() throws IOException {
        for (String profile : new String[] {"prod", "test", "local", "dev"}) {
            assertTrue(settings(profile).getOptionalValues("restwell.gateway.trusted-proxies", String.class).isEmpty(), profile);
        }
    }
}
