package io.restwell.booking.domain;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which URLs a clinic may register for webhooks: absolute {@code https} URLs to a public host, with no
 * credentials or fragment, at most {@value #MAX_LENGTH} characters. Loopback, private, link-local and
 * other internal addresses written as IP literals are refused, so the dispatcher cannot be pointed
 * at the platform's own network; a name is checked again where it resolves, before every delivery
 * ({@link #problemWithAddresses}), since DNS can point a public-looking name inside. {@code http} to
 * localhost / 127.0.0.1 / [::1] is allowed only where {@code allowInsecureLocalhost} is set (tests and
 * the local stack).
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

    /**
     * Why a delivery to {@code host} must not be sent, now that it resolved to {@code addresses}, or
     * empty when every address is public (or the host is this machine where that is allowed).
     */
    public Optional<String> problemWithAddresses(String host, List<InetAddress> addresses) {
        if (allowInsecureLocalhost && isLocalhost(host.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if (addresses.isEmpty()) {
            return Optional.of("resolves to no address");
        }
        return addresses.stream().filter(address -> !isPublic(address)).findFirst()
                .map(internal -> "resolves to " + internal.getHostAddress()
                        + ", a loopback, private or link-local address; webhooks go to public hosts only");
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
            return isPublic(InetAddress.getByName(literal.replace("[", "").replace("]", "")));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean isPublic(InetAddress address) {
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
    }
}
