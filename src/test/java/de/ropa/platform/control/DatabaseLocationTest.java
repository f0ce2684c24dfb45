package de.ropa.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseLocationTest {

    @TempDir
    Path temp;

    @Test
    void anH2UrlMeansTheConfiguredDataDirectory() {
        DatabaseLocation location = DatabaseLocation.of("jdbc:h2:file:/x/ropa;WRITE_DELAY=0", temp.toString());

        assertEquals(temp.toAbsolutePath(), location.dataDirectory().orElseThrow());
        assertEquals("data directory " + temp.toAbsolutePath(), location.describe());
    }

    @Test
    void tildeIsTheHomeDirectory() {
        DatabaseLocation location = DatabaseLocation.of(null, "~/ropa-data");

        assertEquals(Path.of(System.getProperty("user.home"), "ropa-data"), location.dataDirectory().orElseThrow());
    }

    @Test
    void anotherDatabaseIsDescribedWithoutItsPassword() {
        DatabaseLocation location = DatabaseLocation.of("jdbc:postgresql://db/ropa?user=r&password=secret", "~/x");

        assertTrue(location.dataDirectory().isEmpty());
        assertFalse(location.describe().contains("secret"), location.describe());
        assertTrue(location.describe().contains("jdbc:postgresql://db/ropa"));
    }

    @Test
    void aWritableOrCreatableDirectoryHasNoProblem() {
        assertTrue(DatabaseLocation.of(null, temp.toString()).dataDirectoryProblem().isEmpty());
        assertTrue(DatabaseLocation.of(null, temp.resolve("new/nested").toString()).dataDirectoryProblem().isEmpty());
    }

    @Test
    void aFileInTheWayIsAProblemNamingTheDirectory() throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-directory"), "x");

        String problem = DatabaseLocation.of(null, file.resolve("data").toString()).dataDirectoryProblem().orElseThrow();

        assertTrue(problem.contains(file.resolve("data").toString()), problem);
        assertTrue(problem.contains("is not a directory"), problem);
    }
}
