package io.restwell.platform.defaults.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * Refuses to start in production with the DEV-ONLY key of deploy/local/dev-keys: that key is in
 * git, so anyone could mint tokens for it.
 */
@ApplicationScoped
public class DevKeyGuard {

    /** SHA-256 of the dev public key (DER), and the issuer of dev tokens. */
    public static final String DEV_KEY_SHA256 = "57aec0215d9e7d191dc50c36c5be6802cf07bd8bd9041392f706138c1e58411b";
    public static final String DEV_ISSUER = "https://restwell.local/dev";

    void refuseDevKeyInProduction(@Observes StartupEvent startup,
            @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> inlineKey,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> keyLocation,
            @ConfigProperty(name = "mp.jwt.verify.issuer") Optional<String> issuer) {
        if (!ConfigUtils.getProfiles().contains("prod")) {
            return;
        }
        boolean devKey = inlineKey.map(DevKeyGuard::isDevKey).orElse(false)
                || keyLocation.flatMap(DevKeyGuard::readLocalFile).map(DevKeyGuard::isDevKey).orElse(false);
        if (devKey || issuer.filter(DEV_ISSUER::equals).isPresent()) {
            throw new IllegalStateException("The production profile refuses the DEV-ONLY JWT key/issuer of "
                    + "deploy/local: set RESTWELL_JWT_PUBLIC_KEY_LOCATION and RESTWELL_JWT_ISSUER to your OIDC provider's.");
        }
    }

    /** True when the PEM (or bare base64) text is the dev public key. */
    public static boolean isDevKey(String pem) {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            return DEV_KEY_SHA256.equals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der)));
        } catch (IllegalArgumentException notBase64) {
            return false; // a JWKS document or another format: not the dev PEM
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keys at an https JWKS URL come from a real provider; only local files can hold the dev key. */
    private static Optional<String> readLocalFile(String location) {
        if (location.startsWith("http:") || location.startsWith("https:") || location.startsWith("classpath:")) {
            return Optional.empty();
        }
        Path file = Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
