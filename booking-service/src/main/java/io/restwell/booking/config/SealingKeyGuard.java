package io.restwell.booking.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * Refuses to start in production with the DEV-ONLY webhook secret sealing key of
 * application.properties (it is in git). The DEV-ONLY JWT key is refused by restwell-service-defaults
 * (security/DevKeyGuard), as in every service.
 */
@ApplicationScoped
public class SealingKeyGuard {

    /** The DEV-ONLY sealing key of application.properties (non-prod profiles). */
    static final String DEV_WEBHOOK_SECRET_KEY = "w61LsNQI1LngxQuean7r5EtBH5+VzuIKLkAZagcVkuc=";

    void refuseDevSealingKeyInProduction(@Observes StartupEvent startup, PartnerConfig partner) {
        if (ConfigUtils.getProfiles().contains("prod") && isDevSealingKey(partner.webhooks().secretKey())) {
            throw new IllegalStateException("The production profile refuses the DEV-ONLY webhook secret key of "
                    + "application.properties: set RESTWELL_WEBHOOK_SECRET_KEY (base64 of 32 random bytes).");
        }
    }

    static boolean isDevSealingKey(String key) {
        return DEV_WEBHOOK_SECRET_KEY.equals(key.strip());
    }
}
