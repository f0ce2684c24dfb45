package de.ropa.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.testing.FormLogin;
import de.ropa.testing.Http;
import de.ropa.testing.ServerProcess;
import de.ropa.testing.TestAccounts;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Data written through the API survives stopping and starting the server, and lives in the H2 file in
 * the configured data directory; demo mode loads its sample organisation exactly once. The first start's
 * generated admin password is in an owner-only file (not in the log) and must be changed before anything
 * else; demo accounts stop working when the server is started again without demo mode. Runs against the
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
            Path passwordFile = server.dataDir().resolve("initial-admin-password.txt");
            assertTrue(Files.exists(passwordFile), "the first start writes the generated password to " + passwordFile);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)));
            String generated = Files.readString(passwordFile).strip();
            assertFalse(server.log().contains(generated), "the generated password is not in the log");
            FormLogin screens = new FormLogin(server.baseUri(), "de");
            assertEquals(302, screens.login("admin", generated).statusCode());
            HttpResponse<String> start = screens.get("index.xhtml");
            assertEquals(302, start.statusCode(), "the screens lead to the password page first");
            assertTrue(start.headers().firstValue("Location").orElse("").endsWith("/account/password.xhtml"), start.headers().toString());
            assertEquals(200, screens.get("account/password.xhtml").statusCode());
            Http firstAdmin = new Http(server.baseUri()).with("Authorization", TestAccounts.basic("admin", generated));
            Http.Answer refused = firstAdmin.get("api/v1/organisations");
            assertEquals(403, refused.status(), "a generated password must be changed first: " + refused);
            assertTrue(refused.body().contains("account/password"), refused.body());
            String chosen = "erstes-eigenes-Passwort-2026";
            Http.Answer changed = firstAdmin.put("api/v1/account/password",
                    "{\"currentPassword\":\"" + generated + "\",\"newPassword\":\"" + chosen + "\"}");
            assertEquals(204, changed.status(), changed::toString);
            assertFalse(Files.exists(passwordFile), "the file goes once the password is changed");
            assertEquals(401, firstAdmin.get("api/v1/organisations").status(), "the generated password no longer works");
            Http admin = new Http(server.baseUri()).with("Authorization", TestAccounts.basic("admin", chosen));
            assertEquals(200, admin.get("api/v1/organisations").status());
            Http demoAdmin = new Http(server.baseUri()).with("Authorization", TestAccounts.basic("demo-admin", "demo-admin-2026"));
            assertEquals(200, demoAdmin.get("api/v1/organisations").status(), "in demo mode the demo accounts work");
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
            for (String secret : List.of(TestAccounts.PASSWORD, clearToken, chosen)) {
                assertFalse(database.contains(secret), "a password or token in clear in the database");
                assertFalse(server.log().contains(secret), "a password or token in clear in the log");
            }
            server.withEnvironment("ROPA_DEMO", "false").start();
            assertEquals(401, demoAdmin.get("api/v1/organisations").status(),
                    "without demo mode the demo accounts (public passwords) are refused");
            assertTrue(server.log().contains("demo accounts [demo-admin, demo-auditor, demo-dpo, demo-integration] are still"),
                    "a warning names the demo accounts left in the database");
            assertFalse(new Http(server.baseUri()).get("login.xhtml").body().contains("demo-dpo-2026"));

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
