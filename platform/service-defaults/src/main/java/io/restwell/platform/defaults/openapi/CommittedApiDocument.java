package io.restwell.platform.defaults.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * A build step of every service (root pom, profile {@code committed-api-document}): the API document Quarkus
 * built ({@code target/openapi/openapi.json}) must equal the one committed beside the service's code
 * ({@code src/main/openapi/openapi.json}), which api-gateway merges into the public document. The gateway and
 * its clients therefore build from committed files, alongside the services' tests instead of after them, and a
 * change to a service's API shows in review as a change to that file.
 * <p>
 * {@code -Drestwell.api-document.update=true} writes the built document over the committed one.
 */
public final class CommittedApiDocument {

    static final String UPDATE = "restwell.api-document.update";

    private CommittedApiDocument() {
    }

    /** Arguments: the built document, the committed one. */
    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("expected <built document> <committed document>, got " + Arrays.toString(args));
        }
        check(Path.of(args[0]), Path.of(args[1]), Boolean.getBoolean(UPDATE));
    }

    /** Returns whether the committed document was written; throws when it differs and {@code update} is off. */
    static boolean check(Path built, Path committed, boolean update) {
        try {
            if (Files.exists(committed) && Arrays.equals(Files.readAllBytes(built), Files.readAllBytes(committed))) {
                return false;
            }
            if (update) {
                Files.createDirectories(committed.getParent());
                Files.copy(built, committed, StandardCopyOption.REPLACE_EXISTING);
                System.out.println("[api-document] " + committed + " now holds the built API document");
                return true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("This service's API document changed: " + built + " differs from the committed "
                + committed + ", which api-gateway merges into the public API. If the change is meant, run the build again (verify) with -D"
                + UPDATE + "=true (or copy the file), and review the diff (docs/api-lifecycle.md).");
    }
}
