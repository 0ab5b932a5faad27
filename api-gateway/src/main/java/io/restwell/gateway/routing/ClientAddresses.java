package io.restwell.gateway.routing;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who the client is when proxies stand in front (an ingress, a load balancer): the connection's peer,
 * unless it is a trusted proxy; then the rightmost {@code X-Forwarded-For} entry that is not one, since
 * everything left of it was written by the client and can be anything. Per-address rate limits count
 * against this address. Only IP literals are read: nothing here looks up a name.
 */
public final class ClientAddresses {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d+");
    private static final Pattern IPV6_LIKE = Pattern.compile("[0-9A-Fa-f:.]+");

    private record Block(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit += 8) {
                int mask = prefix - bit >= 8 ? 0xff : (0xff << (8 - (prefix - bit))) & 0xff;
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Block> trusted;

    /** @param trustedProxies CIDR blocks ({@code 10.0.0.0/8}, {@code fc00::/7}) or single addresses */
    public ClientAddresses(List<String> trustedProxies) {
        List<Block> blocks = new ArrayList<>();
        for (String entry : trustedProxies) {
            String[] parts = entry.strip().split("/", 2);
            byte[] network = literal(parts[0]).orElseThrow(() ->
                    new IllegalArgumentException("not an IP address or CIDR block: " + entry)).getAddress();
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("prefix out of range: " + entry);
            }
            blocks.add(new Block(network, prefix));
        }
        this.trusted = List.copyOf(blocks);
    }

    /**
     * @param peer the connection's remote address
     * @param forwardedFor every {@code X-Forwarded-For} header value, in order (each may hold a list)
     */
    public String clientOf(String peer, List<String> forwardedFor) {
        if (peer == null || !isTrusted(peer)) {
            return peer == null ? "unknown" : peer;
        }
        List<String> chain = new ArrayList<>();
        for (String value : forwardedFor) {
            for (String hop : value.split(",")) {
                if (!hop.isBlank()) {
                    chain.add(hop.strip());
                }
            }
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = literal(chain.get(i));
            if (hop.isEmpty()) {
                break; // garbage from here leftwards: the last proxy we trust is the best we know
            }
            if (!isTrusted(hop.get())) {
                return hop.get().getHostAddress();
            }
            peer = hop.get().getHostAddress();
        }
        return peer;
    }

    boolean isTrusted(String address) {
        return literal(address).map(this::isTrusted).orElse(false);
    }

    private boolean isTrusted(InetAddress address) {
        byte[] bytes = address.getAddress();
        return trusted.stream().anyMatch(block -> block.contains(bytes));
    }

    /** An IPv4 or IPv6 literal (a port or brackets allowed), never a name to look up. */
    static Optional<InetAddress> literal(String text) {
        String value = text.strip();
        var withPort = IPV4_WITH_PORT.matcher(value);
        if (withPort.matches()) {
            value = withPort.group(1);
        } else if (value.startsWith("[") && value.contains("]")) {
            value = value.substring(1, value.indexOf(']'));
        }
        boolean ipv4 = IPV4.matcher(value).matches()
                && java.util.Arrays.stream(value.split("\\.")).allMatch(octet -> Integer.parseInt(octet) <= 255);
        boolean ipv6 = !ipv4 && value.contains(":") && IPV6_LIKE.matcher(value).matches();
        if (!ipv4 && !ipv6) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(value)); // a literal: parsed, not resolved
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
