package io.restwell.kubernetes.checks;

import java.nio.file.Path;

/** Where the manifests are: set by the build (pom.xml), or the working directory's. */
final class Paths {

    static final Path KUBERNETES = Path.of(System.getProperty("restwell.kubernetes.dir", ".")).toAbsolutePath().normalize();
    static final Path REPO = Path.of(System.getProperty("restwell.repo.root", "../..")).toAbsolutePath().normalize();

    private Paths() {
    }

    static Path overlay(String name) {
        return KUBERNETES.resolve("overlays").resolve(name);
    }
}
