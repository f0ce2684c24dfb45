package de.ropa.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.testing.Http;
import de.ropa.testing.ServerProcess;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * Data written through the API survives stopping and starting the server, and lives in the H2 file in
 * the configured data directory; demo mode loads its sample organisation exactly once. Runs against the
 * suite's server as its own process (no Arquillian).
 */
class RestartPersistenceIT {

    private static JsonObject demoOrganisations(Http http) {
        return http.get("api/v1/organisations?q=Sommer%20Malerbetrieb").json();
    }

    @Test
    void dataWrittenBeforeARestartIsThereAfterIt() throws Exception {
        try (ServerProcess server = ServerProcess.forSuite("restart").withEnvironment("ROPA_DEMO", "true")) {
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
            JsonObject demo = demoOrganisations(http);
            assertEquals(1, demo.getInt("total"), "the sample organisation, loaded once: " + demo);
            long demoId = demo.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
            assertEquals(6, http.get("api/v1/organisations/" + demoId + "/activities").json().getInt("total"));
            assertEquals(5, http.get("api/v1/organisations/" + demoId + "/channels").json().getInt("total"));
        }
    }
}
