package io.restwell.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import io.restwell.local.stack.LocalStack;
import io.restwell.local.stack.StackPorts;

/** The real packaged platform on free ports, for one benchmark run; stopped when closed. */
public final class BenchmarkPlatform implements AutoCloseable {

    private final LocalStack stack;
    private final Path state;

    private BenchmarkPlatform(LocalStack stack, Path state) {
        this.stack = stack;
        this.state = state;
    }

    public static BenchmarkPlatform start(String[] args) throws Exception {
        List<String> words = Arrays.asList(args);
        int rootFlag = words.indexOf("--root");
        Path root = Path.of(rootFlag >= 0 ? words.get(rootFlag + 1) : ".").toAbsolutePath().normalize();
        Path state = Files.createTempDirectory("restwell-bench-");
        System.out.println("Starting the platform for the benchmark (logs in " + state.resolve("logs") + ")");
        return new BenchmarkPlatform(LocalStack.start(new LocalStack.Options(root, state, StackPorts.free(), System.out)), state);
    }

    public LocalStack stack() {
        return stack;
    }

    /** The machine, for the record next to the figures. */
    public static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB max heap (benchmark JVM), Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch");
    }

    /** Stops the platform and deletes its data (the logs go too: copy them first if a run looks odd). */
    @Override
    public void close() {
        stack.close();
        try (var files = Files.walk(state)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (java.io.IOException e) {
            System.err.println("could not delete " + state + ": " + e.getMessage());
        }
    }
}
