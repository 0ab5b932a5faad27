package io.restwell.local.infra;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Stops child processes politely (SIGTERM, so they shut down cleanly), then firmly. */
public final class ChildProcesses {

    private ChildProcesses() {
    }

    public static void stop(Process process, Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
