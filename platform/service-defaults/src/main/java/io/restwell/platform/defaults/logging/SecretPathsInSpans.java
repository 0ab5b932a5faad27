package io.restwell.platform.defaults.logging;

import java.util.List;

import jakarta.inject.Singleton;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.quarkus.arc.Unremovable;

/**
 * Keeps credentials that travel in a URL path out of traces, as {@link SecretPaths} keeps them out of logs: the
 * server and client spans of a calendar feed request carry the path ({@code url.path}, {@code url.full}) and
 * traces are exported in production. Masked when the span starts, before any exporter sees it. Quarkus adds
 * every {@link SpanProcessor} bean to its tracer provider.
 */
@Singleton
@Unremovable
public final class SecretPathsInSpans implements SpanProcessor {

    static final List<AttributeKey<String>> URL_ATTRIBUTES = List.of(AttributeKey.stringKey("url.path"),
            AttributeKey.stringKey("url.full"), AttributeKey.stringKey("http.target"), AttributeKey.stringKey("http.url"));

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        for (AttributeKey<String> key : URL_ATTRIBUTES) {
            String value = span.getAttribute(key);
            if (value != null && value.contains("/calendar-feeds/")) {
                span.setAttribute(key, SecretPaths.mask(value));
            }
        }
        if (span.getName().contains("/calendar-feeds/")) {
            span.updateName(SecretPaths.mask(span.getName()));
        }
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }
}
