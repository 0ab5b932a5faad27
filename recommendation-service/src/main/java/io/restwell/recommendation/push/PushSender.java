package io.restwell.recommendation.push;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Instant;
import java.util.Map;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.restwell.platform.defaults.outbound.OutboundUrlPolicy;
import io.restwell.platform.defaults.outbound.VettedHttp;
import io.restwell.recommendation.config.PushConfig;

/**
 * Sends one push (RFC 8030): the payload encrypted for the browser (RFC 8291, {@link Aes128GcmEncoding}), signed
 * for the push service (VAPID, {@link VapidKeys}), with {@code TTL} and {@code Urgency}. Through service-defaults'
 * outbound/VettedHttp: the endpoint's host is resolved once, every address checked against the outbound policy
 * (public addresses only) and only those connected to, before every push.
 */
@ApplicationScoped
public class PushSender {

    private static final String USER_AGENT = "Restwell-Push/1";

    private final PushConfig config;
    private final VapidKeys vapid;
    private final VettedHttp http;

    PushSender(PushConfig config) {
        this.config = config;
        this.vapid = VapidKeys.of(config.vapid().publicKey(), config.vapid().privateKey(), config.vapid().subject());
        OutboundUrlPolicy policy = new OutboundUrlPolicy(config.allowInsecureLocalhost());
        this.http = new VettedHttp(InetAddress::getAllByName, policy::problemWithAddresses, tls(config), config.connectTimeout(),
                config.requestTimeout(), Math.max(4, config.batchSize()), USER_AGENT);
    }

    public String vapidPublicKey() {
        return vapid.publicKey();
    }

    /** Encrypts {@code payload} for the subscription and POSTs it; the answer as VettedHttp describes it. */
    public VettedHttp.Result send(String endpoint, byte[] p256dh, byte[] auth, byte[] payload, String urgency) {
        URI url = URI.create(endpoint);
        byte[] body = Aes128GcmEncoding.encrypt(payload, p256dh, auth);
        Map<String, String> headers = Map.of(
                "Authorization", vapid.authorization(url, Instant.now(), config.vapid().tokenLifetime()),
                "Content-Encoding", "aes128gcm",
                "TTL", Long.toString(config.ttl().toSeconds()),
                "Urgency", urgency);
        return http.post(url, headers, body, "application/octet-stream");
    }

    private static SSLContext tls(PushConfig config) {
        try {
            if (config.trustStore().isEmpty()) {
                return SSLContext.getDefault();
            }
            char[] password = config.trustStorePassword().orElse("").toCharArray();
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(Path.of(config.trustStore().get()))) {
                trusted.load(in, password);
            }
            TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trustManagers.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot set up TLS for pushes", e);
        }
    }

    @PreDestroy
    void close() throws IOException {
        http.close();
    }
}
