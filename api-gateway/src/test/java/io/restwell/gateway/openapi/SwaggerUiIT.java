package io.restwell.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.common.ResourceArg;
import io.restassured.RestAssured;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restwell.local.testing.RestwellInfrastructure;
import io.vertx.core.json.JsonObject;

/**
 * A developer opens Swagger UI on the packaged gateway in a real headless Chromium (Debian's
 * package) and finds every operation of the three services.
 */
@QuarkusIntegrationTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "kafka", value = "false"))
class SwaggerUiIT {

    private static final Pattern RENDERED_OPERATION = Pattern
            .compile("class=\"opblock-summary-method\">([A-Z]+)</span>.*?data-path=\"([^\"]+)\"", Pattern.DOTALL);

    @Test
    void swaggerUiInChromiumShowsTheOperationsOfAllThreeServices(@TempDir Path profile) throws Exception {
        String url = "http://localhost:" + RestAssured.port + "/q/swagger-ui/";
        ExternalCommand chromium = ExternalCommand.run(profile, 120, List.of(chromium(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile.resolve("profile"),
                "--virtual-time-budget=30000", "--dump-dom", url));
        assertEquals(0, chromium.exitCode(), chromium.output());

        Set<String> rendered = new TreeSet<>();
        Matcher matcher = RENDERED_OPERATION.matcher(chromium.output());
        while (matcher.find()) {
            rendered.add(matcher.group(1) + " " + matcher.group(2));
        }
        Set<String> documented = new TreeSet<>();
        JsonObject document = new JsonObject(Files.readString(ExternalCommand.DOCUMENT));
        // the paths and the webhooks the platform sends (Swagger UI lists those under their names)
        for (String section : List.of("paths", "webhooks")) {
            document.getJsonObject(section, new JsonObject()).forEach(path -> ((JsonObject) path
                    .getValue()).fieldNames().stream().filter(OpenApiMerger.METHODS::contains)
                    .forEach(method -> documented.add(method.toUpperCase() + " " + path.getKey())));
        }

        assertEquals(documented, rendered, "Swagger UI shows exactly the documented operations");
        for (String area : List.of("/api/v1/journal/", "/api/v1/bookings", "/api/v1/recommendations")) {
            assertTrue(rendered.stream().anyMatch(operation -> operation.contains(area)), area + " is shown");
        }
    }

    private static String chromium() {
        return Files.isExecutable(Path.of("/usr/bin/chromium")) ? "/usr/bin/chromium" : "chromium";
    }
}
