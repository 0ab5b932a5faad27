package io.restwell.gateway.openapi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.restwell.gateway.openapi.OpenApiMerger.ServiceDocument;
import io.vertx.core.json.JsonObject;

/**
 * Build step (api-gateway/pom.xml, process-classes): writes the public document that {@code /q/openapi}
 * serves from the services' built documents, so it cannot drift from them.
 * <p>
 * Arguments: {@code <gateway part> <output> <area>=<service document>...}
 */
public final class PublicApiDocument {

    private PublicApiDocument() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: <gateway part> <output> <area>=<service document>...");
        }
        JsonObject gateway = read(Path.of(args[0]));
        List<ServiceDocument> services = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            String[] areaAndFile = args[i].split("=", 2);
            services.add(new ServiceDocument(areaAndFile[0], read(Path.of(areaAndFile[1]))));
        }
        JsonObject merged = OpenApiMerger.merge(gateway, services);
        Path output = Path.of(args[1]);
        Files.createDirectories(output.getParent());
        Files.writeString(output, merged.encodePrettily());
        System.out.printf("[openapi] %s: %d paths from %d services%n", output, merged.getJsonObject("paths").size(),
                services.size());
    }

    private static JsonObject read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " is missing: build the service first (./mvnw -pl api-gateway -am package)");
        }
        return new JsonObject(Files.readString(file));
    }
}
