package io.restwell.platform.outbox;

import java.util.HashMap;
import java.util.Map;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * W3C trace context ({@code traceparent}, {@code tracestate}) to and from strings: kept with an
 * outbox row, sent as Kafka record headers (the names the CloudEvents distributed-tracing extension
 * uses in binary mode), so a trace goes on from the request that wrote the event to its consumers.
 */
public final class TraceContext {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    /** Both values, or nulls when there is no sampled or valid span (tracing off). */
    public record Carrier(String traceparent, String tracestate) {
    }

    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private TraceContext() {
    }

    public static Carrier of(Context context) {
        Map<String, String> values = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(context, values, Map::put);
        return new Carrier(values.get(TRACEPARENT), values.get(TRACESTATE));
    }

    /** The context a stored traceparent describes, or the root context (a new trace) without one. */
    public static Context parent(String traceparent, String tracestate) {
        if (traceparent == null) {
            return Context.root();
        }
        Map<String, String> values = new HashMap<>();
        values.put(TRACEPARENT, traceparent);
        if (tracestate != null) {
            values.put(TRACESTATE, tracestate);
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), values, MAP);
    }
}
