package de.ropa.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.testing.Http;
import de.ropa.testing.ServerProcess;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * Data written through the API survives stopping and starting the server, and lives in the H2 file in
 * the configured data directory. Runs against the suite's server as its own process (no Arquillian).
 */
class RestartPersistenceIT {

    @Test
    void dataWrittenBeforeARestartIsThereAfterIt() throws Exception {
        try (ServerProcess server = ServerProcess.forSuite("restart")) {
            server.start();
            Http http = new Http(server.baseUri());
            String name = "Neustart-Test GmbH " + System.nanoTime();
            Http.Answer created = http.post("api/v1/organisations", "{\"name\":\"" + name + "\",\"city\":\"Köln\"}");
            assertEquals(201, created.status(), created::toString);
            String location = created.header("Location").orElseThrow();

            server.stop();
            assertTrue(Files.exists(server.dataDir().resolve("ropa.mv.db")), "H2 file in " + server.dataDir());
            server.start();

            Http.Answer read = http.get(location);
            assertEquals(200, read.status(), read::toString);
            assertEquals(name, read.json().getString("name"));
            assertEquals("Köln", read.json().getString("city"));
        }
    }
}
