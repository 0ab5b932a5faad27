package io.restwell.booking.domain;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which URLs a clinic may register for webhooks: absolute {@code https} URLs to a public host, with no
 * credentials or fragment, at most {@value #MAX_LENGTH} characters. Loopback, private, link-local and
 * other internal addresses written as IP literals are refused, so the dispatcher cannot be pointed
 * at the platform's own network. {@code http} to localhost / 127.0.0.1 / [::1] is allowed only where
 * {@code allowInsecureLocalhost} is set (tests and the local stack).
 */
public record WebhookUrlPolicy(boolean allowInsecureLocalhost) {

    public static final int MAX_LENGTH = 2000;
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /** Why the URL is refused, or empty when it is fine. */
    public Optional<String> problem(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("is required");
        }
        if (url.length() > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || host.isEmpty()) {
            return Optional.of("must be an absolute URL with a host, e.g. https://clinic.example/restwell/webhooks");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not contain credentials; Restwell signs every delivery instead");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not contain a fragment");
        }
        boolean local = isLocalhost(host);
        if (local && allowInsecureLocalhost && (scheme.equals("http") || scheme.equals("https"))) {
            return Optional.empty();
        }
        if (!scheme.equals("https")) {
            return Optional.of("must use https");
        }
        if (local || host.endsWith(".localhost") || host.endsWith(".local") || host.endsWith(".internal")) {
            return Optional.of("must point at a public host");
        }
        if (isIpLiteral(host) && !isPublicAddress(host)) {
            return Optional.of("must point at a public address, not a loopback, private or link-local one");
        }
        return Optional.empty();
    }

    static boolean isLocalhost(String host) {
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
    }

    private static boolean isIpLiteral(String host) {
        return host.startsWith("[") || IPV4.matcher(host).matches();
    }

    /** For IP literals only (no DNS lookup happens: InetAddress parses literals itself). */
    private static boolean isPublicAddress(String literal) {
        try {
            InetAddress address = InetAddress.getByName(literal.replace("[", "").replace("]", ""));
            if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                    || address.isSiteLocalAddress() || address.isMulticastAddress()) {
                return false;
            }
            byte[] bytes = address.getAddress();
            if (address instanceof Inet6Address) {
                return (bytes[0] & 0xfe) != 0xfc; // fc00::/7, unique local
            }
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return !(first == 100 && second >= 64 && second <= 127) // 100.64/10, carrier-grade NAT
                    && first != 0 && first < 224;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
