package io.restwell.local.stack;

import java.util.ArrayList;
import java.util.List;

/**
 * The JVM settings every service runs with, in one place: the local stack, the packaged-service tests and the
 * benchmarks start services with {@link #options()}; the images' start command (each service's
 * {@code src/main/docker/Dockerfile.jvm}) carries the same {@link #RUNTIME} flags with a heap sized from the
 * container's memory limit instead of {@link #HEAP} (deploy/kubernetes ConsistencyTest checks it). Chosen by
 * measurement, docs/benchmarks.md "Decided: both compilers stay": C1 alone starts a third faster but halves the
 * requests per second once warm.
 */
public final class ServiceJvm {

    /** Heap for a service on a developer's machine or in tests: the figure the Kubernetes limits were sized from. */
    public static final List<String> HEAP = List.of("-Xms64m", "-Xmx256m");

    /** The collector (and the default JIT, C1 then C2), the same wherever a service runs. */
    public static final List<String> RUNTIME = List.of("-XX:+UseSerialGC");

    private ServiceJvm() {
    }

    /** {@link #HEAP} then {@link #RUNTIME}: what goes between {@code java} and the service's own properties. */
    public static List<String> options() {
        List<String> options = new ArrayList<>(HEAP);
        options.addAll(RUNTIME);
        return List.copyOf(options);
    }

    /** For reports: the options as one would type them. */
    public static String described() {
        return String.join(" ", options());
    }
}
