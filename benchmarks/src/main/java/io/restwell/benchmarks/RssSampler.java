package io.restwell.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resident memory of the platform's processes (VmRSS from /proc/PID/status), sampled twice a second in
 * the background; keeps each process's peak per phase (one phase per benchmark).
 */
public final class RssSampler implements AutoCloseable {

    /** A process's peak and the phase it was reached in. */
    public record Peak(long kilobytes, String phase) {
    }

    private final Map<String, Long> processes = new ConcurrentHashMap<>();
    private final Map<String, Peak> peaks = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile String phase;
    private volatile boolean running = true;

    public RssSampler(Map<String, Long> processes) {
        this.processes.putAll(processes);
        thread = new Thread(this::sample, "rss-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Samples count towards this phase's peaks from now on; {@code null}: idle, not counted. */
    public void phase(String name) {
        phase = name;
    }

    public void add(String name, long pid) {
        processes.put(name, pid);
    }

    public void remove(String name) {
        processes.remove(name);
    }

    /** Each process's highest resident memory under load (over all phases) and the phase it came in. */
    public Map<String, Peak> peaks() {
        return new LinkedHashMap<>(peaks);
    }

    private void sample() {
        while (running) {
            String current = phase;
            if (current != null) {
                processes.forEach((name, pid) -> {
                    long kb = kilobytes(pid);
                    if (kb > 0) {
                        peaks.merge(name, new Peak(kb, current), (old, now) -> now.kilobytes() > old.kilobytes() ? now : old);
                    }
                });
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** VmRSS of a process in kB; 0 if it is gone or this is not Linux. */
    public static long kilobytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    public static String mib(long kilobytes) {
        return kilobytes <= 0 ? "–" : Math.round(kilobytes / 1024.0) + " MiB";
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
