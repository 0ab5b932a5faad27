package io.restwell.gateway.config;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;

/** Which upstream service owns which public path prefixes. */
@ConfigMapping(prefix = "restwell.gateway")
public interface GatewayConfig {

    /** Keyed by area name: booking, journal, recommendation. */
    Map<String, Upstream> upstreams();

    interface Upstream {
        URI url();

        List<String> prefixes();
    }
}
