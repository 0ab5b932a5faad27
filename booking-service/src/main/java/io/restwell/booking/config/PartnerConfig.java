package io.restwell.booking.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Partner access: clinic API keys ({@code restwell.booking.partner.*}). */
@ConfigMapping(prefix = "restwell.booking.partner")
public interface PartnerConfig {

    /**
     * The start of every key this environment issues, e.g. {@code rw_live_} in production and
     * {@code rw_test_} elsewhere, so a key says where it belongs.
     */
    @WithDefault("rw_live_")
    String keyPrefix();

    /** Live (unrevoked) keys one clinic may hold at once: enough to rotate, not enough to lose track. */
    @WithDefault("10")
    int maxKeysPerClinic();

    /** A key's last use is written at most this often, so authenticating stays a read. */
    @WithDefault("PT1M")
    Duration lastUsedGranularity();
}
