package io.restwell.gateway.ratelimit;

/**
 * One quota: {@code burst} requests at once, refilled at {@code perSecond}. Advertised as the IETF
 * {@code RateLimit-Policy} field (draft-ietf-httpapi-ratelimit-headers): {@code q} is the burst and
 * {@code w} the seconds an empty bucket takes to fill.
 */
public record RateLimitPolicy(String name, int burst, double perSecond) {

    public RateLimitPolicy {
        if (burst < 1 || perSecond <= 0) {
            throw new IllegalArgumentException("rate limit " + name + " needs burst >= 1 and perSecond > 0");
        }
    }

    public long windowSeconds() {
        return Math.max(1, (long) Math.ceil(burst / perSecond));
    }

    public String policyField() {
        return "\"" + name + "\";q=" + burst + ";w=" + windowSeconds();
    }

    public String limitField(TokenBucket.Decision decision) {
        return "\"" + name + "\";r=" + decision.remaining() + ";t=" + decision.secondsUntilFull();
    }
}
