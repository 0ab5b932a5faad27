package io.restwell.platform.defaults.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommittedApiDocumentTest {

    @TempDir
    Path folder;

    @Test
    void aBuiltDocumentEqualToTheCommittedOnePasses() throws Exception {
        Path built = write("built.json", "{\"openapi\":\"3.1.0\"}");
        Path committed = write("committed.json", "{\"openapi\":\"3.1.0\"}");
        assertFalse(CommittedApiDocument.check(built, committed, false));
    }

    @Test
    void aChangedOrMissingDocumentFailsTheBuildNamingTheWayToAcceptIt() throws Exception {
        Path built = write("built.json", "{\"openapi\":\"3.1.0\",\"paths\":{\"/new\":{}}}");
        Path committed = write("committed.json", "{\"openapi\":\"3.1.0\"}");
        IllegalStateException changed = assertThrows(IllegalStateException.class,
                () -> CommittedApiDocument.check(built, committed, false));
        assertTrue(changed.getMessage().contains("-Drestwell.api-document.update=true"), changed.getMessage());
        assertEquals("{\"openapi\":\"3.1.0\"}", Files.readString(committed), "a failed check leaves the committed file alone");
        assertThrows(IllegalStateException.class,
                () -> CommittedApiDocument.check(built, folder.resolve("src/main/openapi/openapi.json"), false));
    }

    @Test
    void updateWritesTheBuiltDocumentOverTheCommittedOne() throws Exception {
        Path built = write("built.json", "{\"openapi\":\"3.1.0\",\"paths\":{}}");
        Path committed = folder.resolve("src/main/openapi/openapi.json");
        assertTrue(CommittedApiDocument.check(built, committed, true));
        assertEquals(Files.readString(built), Files.readString(committed));
        assertFalse(CommittedApiDocument.check(built, committed, false));
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(folder.resolve(name), content);
    }
}
