package io.restwell.images;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The podman command line (runc, the build's containers.conf through CONTAINERS_CONF), one call at a time. */
final class Podman {

    record Result(int exitCode, String output) {
        Result orFail(String what) {
            if (exitCode != 0) {
                throw new IllegalStateException(what + " failed (" + exitCode + "): " + output);
            }
            return this;
        }
    }

    private Podman() {
    }

    static Result run(String... arguments) {
        return run(List.of(arguments));
    }

    static Result run(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add("podman");
        command.addAll(arguments);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("podman did not finish: " + command);
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + command, e);
        }
    }

    /** A process's credentials and capabilities as the kernel sees them (/proc/1/status inside the container). */
    static String processStatus(String container) {
        return run("exec", container, "cat", "/proc/1/status").orFail("reading /proc/1/status of " + container).output();
    }

    static String statusField(String status, String field) {
        return status.lines().filter(line -> line.startsWith(field + ":")).map(line -> line.substring(field.length() + 1).strip())
                .findFirst().orElseThrow(() -> new AssertionError("no " + field + " in " + status));
    }
}
