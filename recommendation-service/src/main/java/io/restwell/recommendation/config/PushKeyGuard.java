package io.restwell.recommendation.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * Refuses to start in production with the DEV-ONLY VAPID key of application.properties (it is in git:
 * anyone could push as Restwell to its subscribers), or with the test-only push settings (endpoints on
 * this machine, a trust store of our own). The DEV-ONLY JWT key is refused by service-defaults'
 * security/DevKeyGuard, in the same way.
 */
@ApplicationScoped
public class PushKeyGuard {

    /** The DEV-ONLY VAPID private key of application.properties (non-prod profiles). */
    static final String DEV_VAPID_PRIVATE_KEY = "DI-40LyfNQpzmYBj-S00WcYVIPoHFjIwVes_WFp_LDU";

    void refuseDevSettingsInProduction(@Observes StartupEvent startup, PushConfig push) {
        if (ConfigUtils.getProfiles().contains("prod")) {
            check(push);
        }
    }

    static void check(PushConfig push) {
        if (DEV_VAPID_PRIVATE_KEY.equals(push.vapid().privateKey().strip())) {
            throw new IllegalStateException("The production profile refuses the DEV-ONLY VAPID key of application.properties: "
                    + "set RESTWELL_VAPID_PUBLIC_KEY and RESTWELL_VAPID_PRIVATE_KEY (docs/operations.md).");
        }
        if (push.allowInsecureLocalhost() || push.trustStore().isPresent()) {
            throw new IllegalStateException("The production profile refuses restwell.push.allow-insecure-localhost and "
                    + "restwell.push.trust-store: they are for tests and the local stack only.");
        }
    }
}
