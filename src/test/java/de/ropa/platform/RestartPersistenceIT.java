package de.ropa.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.testing.Http;
import de.ropa.testing.ServerProcess;
import de.ropa.testing.TestAccounts;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        try (ServerProcess server = ServerProcess.forSuite("restart").withEnvironment("ROPA_DEMO", "true")
                .withEnvironment("ROPA_ADMIN_PASSWORD", "")) {
            server.start();
            Matcher oneTime = Pattern.compile("one-time password (\\S+)").matcher(server.log());
            assertTrue(oneTime.find(), "the first start prints a one-time admin password");
            Http admin = new Http(server.baseUri()).with("Authorization", TestAccounts.basic("admin", oneTime.group(1)));
            Http http = TestAccounts.editor(admin);
            Http.Answer token = admin.post("api/v1/admin/tokens", "{\"userId\":" + admin.get("api/v1/admin/users")
                    .jsonStructure().asJsonArray().getJsonObject(0).getJsonNumber("id") + ",\"name\":\"t\",\"validDays\":1}");
            assertEquals(201, token.status(), token::toString);
            String clearToken = token.json().getString("token");
            assertEquals(200, new Http(server.baseUri()).with("Authorization", "Bearer " + clearToken)
                    .get("api/v1/organisations").status());
            Http.Answer login = new Http(server.baseUri()).get("login.xhtml");
            assertTrue(login.body().contains("demo-dpo") && login.body().contains("demo-dpo-2026"),
                    "demo mode shows the demo accounts on the login page");
            String name = "Neustart-Test GmbH " + System.nanoTime();
            Http.Answer created = http.post("api/v1/organisations", "{\"name\":\"" + name + "\",\"city\":\"Köln\"}");
            assertEquals(201, created.status(), created::toString);
            String location = created.header("Location").orElseThrow();

            server.stop();
            assertTrue(Files.exists(server.dataDir().resolve("ropa.mv.db")), "H2 file in " + server.dataDir());
            String database = new String(Files.readAllBytes(server.dataDir().resolve("ropa.mv.db")), StandardCharsets.ISO_8859_1);
            for (String secret : List.of(TestAccounts.PASSWORD, clearToken)) {
                assertFalse(database.contains(secret), "a password or token in clear in the database");
                assertFalse(server.log().contains(secret), "a password or token in clear in the log");
            }
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
