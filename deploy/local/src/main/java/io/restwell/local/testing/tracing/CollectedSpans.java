package io.restwell.local.testing.tracing;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.Unremovable;

/**
 * Keeps the spans that ended last in memory, for tests that look at traces: the services' tests run
 * with the OpenTelemetry SDK on and no exporter (service-defaults' {@code %test} settings). Quarkus
 * finds {@link Registration} through this jar's Jandex index. Every test of a JVM traces, so only the
 * newest {@value #KEPT} spans are kept: a test looks for its spans right after they ended.
 */
public final class CollectedSpans implements SpanExporter {

    public static final CollectedSpans INSTANCE = new CollectedSpans();

    static final int KEPT = 20_000;

    private final Deque<SpanData> spans = new ArrayDeque<>();

    public synchronized List<SpanData> all() {
        return List.copyOf(spans);
    }

    @Override
    public synchronized CompletableResultCode export(Collection<SpanData> ended) {
        spans.addAll(ended);
        while (spans.size() > KEPT) {
            spans.removeFirst();
        }
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
