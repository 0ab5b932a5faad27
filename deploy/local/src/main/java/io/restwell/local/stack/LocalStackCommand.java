package io.restwell.local.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import io.restwell.events.Topics;
import io.restwell.local.DevTokens;
import io.restwell.local.infra.FreePorts;

/**
 * {@code deploy/local/run [run|infra|stop|status|clean]} and {@code deploy/local/token <user> [roles...]}.
 *
 * <p>State lives in {@code deploy/local/.run}: {@code logs/}, the databases and broker data (kept
 * between runs), and {@code stack.pid}, which names the running launcher and its children so that a
 * second run can say the stack is up, and a run after a crash can clean up what was left.
 */
public final class LocalStackCommand {

    private static final PrintStream OUT = System.out;

    private final Path root;
    private final Path state;
    private final Path pidFile;

    private LocalStackCommand(Path root) {
        this.root = root;
        this.state = root.resolve("deploy/local/.run");
        this.pidFile = state.resolve("stack.pid");
    }

    public static void main(String[] args) throws Exception {
        List<String> words = new ArrayList<>(Arrays.asList(args));
        Path root = Path.of("").toAbsolutePath();
        int rootFlag = words.indexOf("--root");
        if (rootFlag >= 0 && rootFlag + 1 < words.size()) {
            root = Path.of(words.get(rootFlag + 1)).toAbsolutePath();
            words.subList(rootFlag, rootFlag + 2).clear();
        }
        String command = words.isEmpty() ? "run" : words.remove(0);
        LocalStackCommand stack = new LocalStackCommand(root);
        int exit = switch (command) {
            case "run", "start" -> stack.run(false);
            case "infra" -> stack.run(true);
            case "stop" -> stack.stop();
            case "status" -> stack.status();
            case "clean" -> stack.clean();
            case "token" -> token(words);
            default -> usage();
        };
        System.exit(exit);
    }

    /** @param infraOnly only PostgreSQL and Kafka ({@code deploy/local/run infra}), for services in dev mode */
    private int run(boolean infraOnly) throws IOException, InterruptedException {
        Optional<Map<String, Long>> running = runningStack();
        if (running.isPresent()) {
            if (infrastructureOnly(running.get())) {
                OUT.println("Restwell's infrastructure (deploy/local/run infra) is already running (launcher pid "
                        + running.get().get("launcher") + ").");
            } else {
                OUT.println("Restwell is already running (launcher pid " + running.get().get("launcher")
                        + "). Its gateway: http://localhost:" + StackPorts.standard().gateway());
            }
            OUT.println("Stop it with: deploy/local/run stop");
            return 1;
        }
        cleanUpAfterCrash();
        StackPorts ports = StackPorts.standard();
        List<String> busy = busyPorts(ports, !infraOnly);
        if (!busy.isEmpty()) {
            OUT.println("Cannot start: these ports are taken by another program: " + String.join(", ", busy));
            OUT.println("Find it with: ss -ltnp | grep -E '" + String.join("|", busy.stream()
                    .map(port -> ":" + port.replaceAll(" .*", "")).toList()) + "'");
            return 1;
        }
        Files.createDirectories(state);
        writePidFile(Map.of("launcher", ProcessHandle.current().pid()));
        OUT.println((infraOnly ? "Starting Restwell's infrastructure (PostgreSQL and Kafka only)" : "Starting Restwell")
                + "; logs in " + root.relativize(state.resolve("logs")) + "/");

        long began = System.nanoTime();
        LocalStack stack;
        try {
            LocalStack.Options options = new LocalStack.Options(root, state, ports, OUT);
            stack = infraOnly ? LocalStack.startInfrastructure(options) : LocalStack.start(options);
        } catch (IOException e) {
            Files.deleteIfExists(pidFile);
            OUT.println("Restwell did not start: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            OUT.println(infraOnly ? "\nStopping Restwell's infrastructure …" : "\nStopping Restwell …");
            stack.close();
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException ignored) {
                // the next run treats a pid file of a dead launcher as stale
            }
            OUT.println("Stopped; nothing left running.");
            stopped.countDown();
        }, "restwell-stop"));
        Map<String, Long> pids = new LinkedHashMap<>();
        pids.put("launcher", ProcessHandle.current().pid());
        stack.processes().forEach(process -> pids.put(process.name(), process.pid()));
        writePidFile(pids);

        if (infraOnly) {
            printInfrastructure(stack, ports, (System.nanoTime() - began) / 1e9);
        } else {
            printWelcome(stack, (System.nanoTime() - began) / 1e9);
        }
        List<String> reported = new ArrayList<>();
        while (stopped.getCount() > 0) {
            for (String exited : stack.exitedServices()) {
                if (!reported.contains(exited)) {
                    OUT.println("!! " + exited + " stopped unexpectedly");
                    reported.add(exited);
                }
            }
            Thread.sleep(2000);
        }
        return 0;
    }

    private void printWelcome(LocalStack stack, double seconds) {
        String gateway = stack.gateway().toString();
        OUT.printf("%nRestwell is up in %.1f s, every health check UP.%n%n", seconds);
        OUT.println("  Gateway (the public API)  " + gateway + "/api/v1/...");
        OUT.println("  Swagger UI                " + gateway + "/q/swagger-ui");
        OUT.println("  OpenAPI document          " + gateway + "/q/openapi");
        OUT.println("  Health (management port)  " + stack.management().get("api-gateway") + "/q/health");
        OUT.println();
        OUT.println("  Service                   public port              management port (/q/health, /q/metrics)");
        stack.services().forEach((name, uri) -> OUT.printf("  %-25s %-24s %s%n", name, uri, stack.management().get(name)));
        OUT.println();
        OUT.println("  A dev token:  deploy/local/token alice           (add roles: deploy/local/token ops admin)");
        OUT.println("  Try:          curl -H \"Authorization: Bearer $(deploy/local/token alice)\" "
                + gateway + "/api/v1/journal/sleep-entries");
        OUT.println();
        OUT.println("Ctrl-C (or deploy/local/run stop) stops everything.");
    }

    private void printInfrastructure(LocalStack stack, StackPorts ports, double seconds) {
        OUT.printf("%nRestwell's infrastructure is up in %.1f s; no service runs.%n%n", seconds);
        OUT.println("  PostgreSQL   127.0.0.1:" + ports.postgres() + "   one database per service (role and password: its name)");
        stack.databases().forEach((service, url) -> OUT.printf("    %-24s %s%n", service, url));
        OUT.println("  Kafka        " + stack.kafkaBootstrapServers() + "   topics " + String.join(", ", Topics.all()));
        OUT.println();
        OUT.println("  Run a service with live reload, each in its own terminal (its %dev profile uses these servers):");
        OUT.printf("    ./mvnw -pl booking-service -am test-compile quarkus:dev          http://localhost:%d%n", ports.booking());
        OUT.printf("    ./mvnw -pl journal-service -am test-compile quarkus:dev          http://localhost:%d%n", ports.journal());
        OUT.printf("    ./mvnw -pl recommendation-service -am test-compile quarkus:dev   http://localhost:%d%n", ports.recommendation());
        OUT.printf("    ./mvnw -pl api-gateway -am test-compile quarkus:dev"
                + "   http://localhost:%d (routes to the three)%n", ports.gateway());
        OUT.println();
        OUT.println("  A dev token:  deploy/local/token alice           (add roles: deploy/local/token ops admin)");
        OUT.println("  Try:          curl -H \"Authorization: Bearer $(deploy/local/token alice)\" http://localhost:"
                + ports.journal() + "/api/v1/journal/sleep-entries");
        OUT.println();
        OUT.println("Ctrl-C (or deploy/local/run stop) stops PostgreSQL and Kafka.");
    }

    private int stop() throws IOException, InterruptedException {
        Optional<Map<String, Long>> running = runningStack();
        if (running.isEmpty()) {
            OUT.println("Restwell is not running.");
            cleanUpAfterCrash();
            return 0;
        }
        ProcessHandle launcher = ProcessHandle.of(running.get().get("launcher")).orElseThrow();
        OUT.println("Stopping Restwell (launcher pid " + launcher.pid() + ") …");
        launcher.destroy();
        try {
            launcher.onExit().get(90, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            OUT.println("The launcher did not stop within 90 s; stopping its processes directly.");
            launcher.destroyForcibly();
            cleanUpAfterCrash();
        }
        OUT.println("Stopped.");
        return 0;
    }

    private int status() throws IOException {
        Optional<Map<String, Long>> running = runningStack();
        if (running.isEmpty()) {
            OUT.println("Restwell is not running.");
            return 3;
        }
        OUT.println(infrastructureOnly(running.get())
                ? "Restwell's infrastructure (deploy/local/run infra; services not started by it) is running:"
                : "Restwell is running:");
        StackPorts ports = StackPorts.standard();
        running.get().forEach((name, pid) -> OUT.printf("  %-24s pid %-8d %s%s%n", name, pid,
                ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                        .map(process -> residentKilobytes(process) / 1024 + " MB resident")
                        .orElse("not running"),
                LocalStack.SERVICES.stream().filter(service -> service.name().equals(name)).findFirst()
                        .map(service -> "   health http://127.0.0.1:" + ports.managementOf(service) + "/q/health")
                        .orElse("")));
        postmaster().ifPresent(postgres -> OUT.printf("  %-24s pid %-8d %s MB resident (all its processes)%n",
                "postgres", postgres.pid(), residentMegabytes(postgres)));
        return 0;
    }

    private int clean() throws IOException {
        if (runningStack().isPresent()) {
            OUT.println("Restwell is running; stop it first (deploy/local/run stop).");
            return 1;
        }
        cleanUpAfterCrash();
        if (Files.exists(state)) {
            try (Stream<Path> paths = Files.walk(state)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        OUT.println("Removed " + root.relativize(state) + " (databases, broker data, logs).");
        return 0;
    }

    private static int token(List<String> words) {
        if (words.isEmpty()) {
            System.err.println("usage: deploy/local/token <user-id> [roles...]   (DEV-ONLY key; default role: user)");
            return 2;
        }
        List<String> roles = words.size() > 1 ? words.subList(1, words.size()) : List.of("user");
        OUT.println(DevTokens.issue(words.get(0), roles));
        return 0;
    }

    private static int usage() {
        System.err.println("usage: deploy/local/run [run|infra|stop|status|clean]");
        return 2;
    }

    /** True when the recorded stack is {@code deploy/local/run infra}: no service among its processes. */
    private static boolean infrastructureOnly(Map<String, Long> pids) {
        return LocalStack.SERVICES.stream().noneMatch(service -> pids.containsKey(service.name()));
    }

    /** The recorded processes, if the launcher that recorded them is still alive. */
    private Optional<Map<String, Long>> runningStack() throws IOException {
        Map<String, Long> pids = readPidFile();
        Long launcher = pids.get("launcher");
        if (launcher == null || launcher == ProcessHandle.current().pid()) {
            return Optional.empty();
        }
        return ProcessHandle.of(launcher).filter(ProcessHandle::isAlive).filter(LocalStackCommand::isJava)
                .map(alive -> pids);
    }

    /** A launcher killed outright (SIGKILL) leaves its children; stop them before starting anew. */
    private void cleanUpAfterCrash() throws IOException {
        Map<String, Long> pids = readPidFile();
        pids.forEach((name, pid) -> ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(LocalStackCommand::isJava).ifPresent(leftover -> {
                    OUT.println("Stopping " + name + " (pid " + pid + ") left over from a previous run");
                    leftover.destroy();
                    leftover.onExit().join();
                }));
        Optional<ProcessHandle> postgres = postmaster();
        if (postgres.isPresent()) {
            OUT.println("Stopping PostgreSQL (pid " + postgres.get().pid() + ") left over from a previous run");
            postgres.get().destroy();
            postgres.get().onExit().join();
        }
        Files.deleteIfExists(pidFile);
    }

    private Optional<ProcessHandle> postmaster() throws IOException {
        Path postmasterPid = state.resolve("postgres/postmaster.pid");
        if (!Files.exists(postmasterPid)) {
            return Optional.empty();
        }
        long pid = Long.parseLong(Files.readAllLines(postmasterPid).get(0).trim());
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(false));
    }

    private Map<String, Long> readPidFile() throws IOException {
        Map<String, Long> pids = new LinkedHashMap<>();
        if (Files.exists(pidFile)) {
            for (String line : Files.readAllLines(pidFile)) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length == 2) {
                    pids.put(parts[0], Long.parseLong(parts[1]));
                }
            }
        }
        return pids;
    }

    private void writePidFile(Map<String, Long> pids) throws IOException {
        StringBuilder text = new StringBuilder();
        pids.forEach((name, pid) -> text.append(name).append(' ').append(pid).append('\n'));
        Files.writeString(pidFile, text);
    }

    private static boolean isJava(ProcessHandle process) {
        return process.info().command().map(command -> command.endsWith("java")).orElse(false);
    }

    /** @param services also the services' ports (not for {@code infra}: services in dev mode may run already) */
    private static List<String> busyPorts(StackPorts ports, boolean services) {
        Map<Integer, String> owners = new LinkedHashMap<>();
        if (services) {
            owners.put(ports.gateway(), "api-gateway");
            owners.put(ports.booking(), "booking-service");
            owners.put(ports.journal(), "journal-service");
            owners.put(ports.recommendation(), "recommendation-service");
            owners.put(ports.gatewayManagement(), "api-gateway management");
            owners.put(ports.bookingManagement(), "booking-service management");
            owners.put(ports.journalManagement(), "journal-service management");
            owners.put(ports.recommendationManagement(), "recommendation-service management");
        }
        owners.put(ports.postgres(), "PostgreSQL");
        owners.put(ports.kafka(), "Kafka");
        owners.put(ports.kafkaController(), "Kafka controller");
        return owners.entrySet().stream().filter(owner -> !FreePorts.isFree(owner.getKey()))
                .map(owner -> owner.getKey() + " (" + owner.getValue() + ")").toList();
    }

    /** Resident memory of a process and its descendants, from /proc (Linux); shared pages count once per process. */
    static long residentMegabytes(ProcessHandle process) {
        return Stream.concat(Stream.of(process), process.descendants())
                .mapToLong(LocalStackCommand::residentKilobytes).sum() / 1024;
    }

    private static long residentKilobytes(ProcessHandle process) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst().orElse(0);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
