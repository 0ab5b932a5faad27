package io.restwell.system.contract;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.restassured.RestAssured;

/**
 * Puts {@link PublishedContract} behind every answer the system tests get from a gateway they watch: the
 * {@link SharedPlatform}'s requests and rest-assured's (through {@link ContractFilter}). A violation fails the test
 * that received the answer, naming the operation and the field. When a gateway is let go, what was exercised is
 * written to {@code target/contract-coverage.txt}.
 */
public final class ContractCheck {

    private static final Map<String, PublishedContract> WATCHED = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> EXERCISED = new TreeMap<>();
    private static final AtomicLong CHECKED = new AtomicLong();
    private static final List<String> VIOLATIONS = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** {@code -Drestwell.contract.fail-fast=false}: list every violation of a run at its end instead of failing at the first. */
    private static final boolean FAIL_FAST = !"false".equals(System.getProperty("restwell.contract.fail-fast"));

    private ContractCheck() {
    }

    /** From now on, answers from this gateway are judged against the document it publishes. */
    public static synchronized void watch(URI gateway) throws IOException, InterruptedException {
        HttpResponse<String> document = HttpClient.newHttpClient().send(HttpRequest.newBuilder(gateway.resolve("/q/openapi?format=json"))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (document.statusCode() != 200) {
            throw new IOException("GET /q/openapi answered " + document.statusCode());
        }
        WATCHED.put(origin(gateway), PublishedContract.read(document.body()));
        if (!RestAssured.filters().stream().anyMatch(ContractFilter.class::isInstance)) {
            RestAssured.filters(new ContractFilter());
        }
    }

    /** Stops judging this gateway's answers and writes what was exercised. */
    public static synchronized void release(URI gateway) throws IOException {
        PublishedContract contract = WATCHED.remove(origin(gateway));
        if (contract == null) {
            return;
        }
        Set<String> missing = new TreeSet<>(contract.operationIds());
        synchronized (EXERCISED) {
            missing.removeAll(EXERCISED.keySet());
            StringBuilder report = new StringBuilder("Answers checked against the published document: " + CHECKED.get()
                    + "\nOperations exercised: " + EXERCISED.size() + " of " + contract.operationIds().size() + "\n");
            EXERCISED.forEach((operation, statuses) -> report.append("  ").append(operation).append(' ').append(statuses).append('\n'));
            report.append("Not exercised: ").append(missing).append('\n');
            report.append("Violations: ").append(VIOLATIONS.size()).append('\n');
            VIOLATIONS.forEach(violation -> report.append(violation).append('\n'));
            Path target = Path.of("target");
            if (Files.isDirectory(target)) {
                Files.writeString(target.resolve("contract-coverage.txt"), report);
            }
            System.out.print(report);
        }
        contract.close();
        if (!VIOLATIONS.isEmpty() && !FAIL_FAST) {
            throw new AssertionError(VIOLATIONS.size() + " answers broke the published document:\n" + String.join("\n", VIOLATIONS));
        }
    }

    /** Judges one answer when it came from a watched gateway; throws an AssertionError naming what is wrong. */
    public static void check(String method, URI request, int status, Map<String, List<String>> headers, String body) {
        PublishedContract contract = WATCHED.get(origin(request));
        if (contract == null) {
            return;
        }
        String path = request.getRawPath();
        List<String> violations = contract.violations(method, path, status, headers, body);
        CHECKED.incrementAndGet();
        String operation = contract.operationId(method, path);
        if (operation != null) {
            synchronized (EXERCISED) {
                EXERCISED.computeIfAbsent(operation, any -> new TreeSet<>()).add(String.valueOf(status));
            }
        }
        if (!violations.isEmpty()) {
            VIOLATIONS.add(String.join("\n", violations) + "\n    body: " + (body == null ? "" : body.substring(0, Math.min(200, body.length()))));
            if (!FAIL_FAST) {
                return;
            }
            throw new AssertionError("the answer breaks the published OpenAPI document:\n  " + String.join("\n  ", violations)
                    + "\n  body: " + (body == null ? "" : body.length() > 600 ? body.substring(0, 600) + "…" : body));
        }
    }

    /** What is wrong with a webhook delivery (see {@link PublishedContract#webhookViolations}) by a watched gateway's document. */
    public static List<String> webhookViolations(URI gateway, String name, Map<String, List<String>> headers, String body) {
        PublishedContract contract = WATCHED.get(origin(gateway));
        if (contract == null) {
            throw new IllegalStateException("not watching " + gateway);
        }
        return contract.webhookViolations(name, headers, body);
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }
}
