package io.restwell.platform.defaults.outbound;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which URLs someone outside may make Restwell send to (a clinic's webhooks, a person's Web Push
 * endpoints): absolute {@code https} URLs to a public host, with no credentials or fragment, at most
 * {@value #MAX_LENGTH} characters. Loopback, private, link-local and other internal addresses written as
 * IP literals are refused, so a sender cannot be pointed at the platform's own network; a name is checked
 * again where it resolves, before every send ({@link #problemWithAddresses}), since DNS can point a
 * public-looking name inside. {@code http} to
 * localhost / 127.0.0.1 / [::1] is allowed only where {@code allowInsecureLocalhost} is set (tests and
 * the local stack).
 * <p>
 * IPv6 addresses that carry an IPv4 address (mapped {@code ::ffff:a.b.c.d}, compatible {@code ::a.b.c.d},
 * NAT64 {@code 64:ff9b::/96}, 6to4 {@code 2002::/16}, Teredo {@code 2001::/32}) are judged by the IPv4
 * address they reach, since a dual-stack host or a translator delivers them there: {@code [::127.0.0.1]}
 * is loopback and {@code [64:ff9b::a9fe:a9fe]} is the cloud metadata address.
 */
public record OutboundUrlPolicy(boolean allowInsecureLocalhost) {

    public static final int MAX_LENGTH = 2000;
    /**
     * What the URL's owner sees when a send is refused for where its host resolves: never the addresses
     * or names it resolved to, which would map the platform's network for them.
     */
    public static final String DESTINATION_NOT_ALLOWED = "destination not allowed: the host must resolve to public "
            + "addresses only";
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    /** Hosts a resolver may read as a number (2130706433, 0x7f.1, 127.1): never a real name, so refused. */
    private static final Pattern NUMERIC_HOST = Pattern.compile("(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]*))*");

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
            return Optional.of("must be an absolute URL with a host, e.g. https://host.example/path");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not contain credentials");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not contain a fragment");
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1); // "localhost." is localhost
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
        if (!isIpLiteral(host) && NUMERIC_HOST.matcher(host).matches()) {
            return Optional.of("must be a host name, a dotted IPv4 address or a bracketed IPv6 address");
        }
        if (isIpLiteral(host) && !isPublicAddress(host)) {
            return Optional.of("must point at a public address, not a loopback, private or link-local one");
        }
        return Optional.empty();
    }

    /**
     * Why a request to {@code host} must not be sent, now that it resolved to {@code addresses}, or
     * empty when every address is public (or the host is this machine where that is allowed). The reason
     * names the address, for the operators' log only; the URL's owner gets {@link #DESTINATION_NOT_ALLOWED}.
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
                        + ", a loopback, private, link-local or otherwise internal address; outbound requests go to public hosts only");
    }

    public static boolean isLocalhost(String host) {
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

    /**
     * Whether a connection to the address reaches the public internet: not loopback, private, link-local,
     * site-local, multicast, unspecified, shared (CGNAT), documentation or reserved space, and for an IPv6
     * address that carries an IPv4 one, the same of that IPv4 address.
     */
    public static boolean isPublic(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 4 ? isPublicIpv4(bytes) : isPublicIpv6(bytes);
    }

    private static boolean isPublicIpv4(byte[] bytes) {
        int a = bytes[0] & 0xff;
        int b = bytes[1] & 0xff;
        int c = bytes[2] & 0xff;
        return a != 0 // "this network", 0.0.0.0
                && a != 10 && a != 127
                && !(a == 100 && b >= 64 && b <= 127) // shared address space (carrier-grade NAT, some clouds' metadata)
                && !(a == 169 && b == 254) // link-local, the cloud metadata address 169.254.169.254
                && !(a == 172 && b >= 16 && b <= 31)
                && !(a == 192 && b == 168)
                && !(a == 192 && b == 0 && (c == 0 || c == 2)) // IETF protocol assignments, TEST-NET-1
                && !(a == 198 && (b == 18 || b == 19)) // benchmarking
                && !(a == 198 && b == 51 && c == 100) && !(a == 203 && b == 0 && c == 113) // TEST-NET-2, -3
                && a < 224; // multicast, reserved, broadcast
    }

    private static boolean isPublicIpv6(byte[] bytes) {
        Optional<byte[]> ipv4 = embeddedIpv4(bytes);
        if (ipv4.isPresent()) {
            return isPublicIpv4(ipv4.get());
        }
        if (isTeredo(bytes)) {
            // the Teredo server and the (obfuscated) client address: both must be public
            byte[] server = {bytes[4], bytes[5], bytes[6], bytes[7]};
            byte[] client = {(byte) ~bytes[12], (byte) ~bytes[13], (byte) ~bytes[14], (byte) ~bytes[15]};
            return isPublicIpv4(server) && isPublicIpv4(client);
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return (first & 0xe0) == 0x20 // only global unicast 2000::/3 is public
                && !(first == 0x20 && second == 0x01 && bytes[2] == 0x0d && (bytes[3] & 0xff) == 0xb8) // documentation
                && !(first == 0x20 && second == 0x01 && bytes[2] == 0 && (bytes[3] & 0xf0) == 0x10); // ORCHIDv2 and other IETF
    }

    /**
     * The IPv4 address an IPv6 address stands for: mapped {@code ::ffff:0:0/96} and compatible {@code ::/96}
     * (which includes {@code ::} and {@code ::1}, judged as 0.0.0.0 and 0.0.0.1), NAT64 {@code 64:ff9b::/96}
     * and 6to4 {@code 2002:AABB:CCDD::/48}. Every other address outside 2000::/3 (the local-use NAT64
     * prefix {@code 64:ff9b:1::/48} among them) is refused by {@link #isPublicIpv6} whatever it carries.
     */
    static Optional<byte[]> embeddedIpv4(byte[] bytes) {
        boolean zeroFrom4To9 = true;
        for (int i = 4; i < 10; i++) {
            zeroFrom4To9 &= bytes[i] == 0;
        }
        boolean zeroUpTo3 = bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0 && bytes[3] == 0;
        boolean ffff = (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
        boolean zero1011 = bytes[10] == 0 && bytes[11] == 0;
        boolean mappedOrCompatible = zeroUpTo3 && zeroFrom4To9 && (ffff || zero1011);
        boolean nat64 = bytes[0] == 0 && bytes[1] == 0x64 && (bytes[2] & 0xff) == 0xff && (bytes[3] & 0xff) == 0x9b
                && zeroFrom4To9 && zero1011;
        if (mappedOrCompatible || nat64) {
            return Optional.of(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]});
        }
        if (bytes[0] == 0x20 && bytes[1] == 0x02) {
            return Optional.of(new byte[] {bytes[2], bytes[3], bytes[4], bytes[5]});
        }
        return Optional.empty();
    }

    private static boolean isTeredo(byte[] bytes) {
        return bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] == 0 && bytes[3] == 0;
    }
}
