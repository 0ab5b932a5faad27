package io.restwell.gateway.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.restwell.gateway.config.GatewayConfig;
import io.vertx.core.Vertx;

/**
 * One token bucket per caller: per person (token subject), per partner key, per address for anonymous
 * calls. Buckets live in this instance's memory, so with N gateway replicas a caller may get up to N
 * times the quota (docs/operations.md); full buckets are dropped every minute, since a full bucket is
 * the same as a new one.
 */
@ApplicationScoped
public class RateLimiter {

    /** Whom a request counts against. */
    public enum Caller {
        PERSON, PARTNER, ANONYMOUS
    }

    private static final String AUTH_FAILURES = "auth-failures:";

    private final boolean enabled;
    private final Map<Caller, RateLimitPolicy> policies;
    private final RateLimitPolicy authFailures;
    /** What an address without a failure on record may do: everything, its bucket is full. */
    private final Limited noFailures;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final MeterRegistry meters;

    RateLimiter(GatewayConfig config, MeterRegistry meters) {
        GatewayConfig.RateLimits limits = config.rateLimits();
        this.enabled = limits.enabled();
        this.policies = Map.of(
                Caller.PERSON, policy("person", limits.person()),
                Caller.PARTNER, policy("partner", limits.partner()),
                Caller.ANONYMOUS, policy("anonymous", limits.anonymous()));
        this.authFailures = policy("auth-failures", limits.authFailures());
        this.noFailures = new Limited(authFailures, new TokenBucket.Decision(true, authFailures.burst(), 0, 0));
        this.meters = meters;
        meters.gaugeMapSize("restwell.gateway.rate.limit.buckets", java.util.List.of(), buckets);
    }

    void sweepIdleBuckets(@Observes StartupEvent started, Vertx vertx) {
        vertx.setPeriodic(60_000, tick -> forgetFullBuckets());
    }

    /** Null when rate limiting is switched off. */
    public Limited take(Caller caller, String identity) {
        if (!enabled) {
            return null;
        }
        RateLimitPolicy policy = policies.get(caller);
        long now = System.nanoTime();
        String key = caller == Caller.PARTNER ? "partner:" + sha256(identity) : caller.name() + ":" + identity;
        TokenBucket.Decision decision = buckets.computeIfAbsent(key, k -> new TokenBucket(policy, now)).take(now);
        if (!decision.allowed()) {
            meters.counter("restwell.gateway.rate.limited", "policy", policy.name()).increment();
        }
        return new Limited(policy, decision);
    }

    /**
     * Whether a client address may present credentials now: once its failed authentications (401
     * answers) have used up their quota, it waits, so tokens and keys cannot be guessed at speed. Null
     * when rate limiting is switched off.
     */
    public Limited authFailuresAllow(String address) {
        if (!enabled) {
            return null;
        }
        TokenBucket bucket = buckets.get(AUTH_FAILURES + address);
        if (bucket == null) {
            return noFailures; // the common case, on every authenticated request: nothing to allocate
        }
        TokenBucket.Decision decision = bucket.peek(System.nanoTime());
        if (!decision.allowed()) {
            meters.counter("restwell.gateway.rate.limited", "policy", authFailures.name()).increment();
        }
        return new Limited(authFailures, decision);
    }

    /** A request from this address was answered 401. */
    public void countAuthFailure(String address) {
        if (enabled) {
            long now = System.nanoTime();
            buckets.computeIfAbsent(AUTH_FAILURES + address, k -> new TokenBucket(authFailures, now)).take(now);
        }
    }

    void forgetFullBuckets() {
        long now = System.nanoTime();
        buckets.values().removeIf(bucket -> bucket.isFull(now));
    }

    private static RateLimitPolicy policy(String name, GatewayConfig.Quota quota) {
        return new RateLimitPolicy(name, quota.burst(), quota.perSecond());
    }

    /** Partner keys are secrets: only their hash is kept in memory. */
    private static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The policy a request counted against and what it left. */
    public record Limited(RateLimitPolicy policy, TokenBucket.Decision decision) {
    }
}
