package io.restwell.local.testing.tracing;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.Unremovable;

/**
 * Keeps every ended span in memory, for tests run with {@link TracingProfile} (the SDK is off in the
 * other tests, so nothing is collected there). Quarkus finds {@link Registration} through this jar's
 * Jandex index, so a service's tests only name the profile.
 */
public final class CollectedSpans implements SpanExporter {

    public static final CollectedSpans INSTANCE = new CollectedSpans();

    private final List<SpanData> spans = new CopyOnWriteArrayList<>();

    public List<SpanData> all() {
        return List.copyOf(spans);
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> ended) {
        spans.addAll(ended);
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }

    /** Quarkus adds SpanProcessor beans to its tracer provider; a simple one exports each span as it ends. */
    public static class Registration {

        @Produces
        @Singleton
        @Unremovable
        SpanProcessor collectedSpans() {
            return SimpleSpanProcessor.create(INSTANCE);
        }
    }
}
