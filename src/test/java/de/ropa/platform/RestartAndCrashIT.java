package de.ropa.platform;

import static de.ropa.testing.RegisterClient.org;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.testing.FormLogin;
import de.ropa.testing.Http;
import de.ropa.testing.RegisterClient;
import de.ropa.testing.ServerProcess;
import de.ropa.testing.TestAccounts;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What a server's life does to the data, on one server of the suite's kind run as its own process (no Arquillian),
 * started for the first time on an empty data directory:
 * <ol>
 * <li>Data written through the API survives stopping and starting the server, and lives in the H2 file in the
 * configured data directory; demo mode loads its sample organisation exactly once. The first start's generated admin
 * password is in an owner-only file (not in the log) and must be changed before anything else; demo accounts stop
 * working when the server is started again without demo mode.</li>
 * <li>Then the process is killed hard (SIGKILL, as a power cut) while clients are writing; after a restart the
 * database opens cleanly, every write that was acknowledged is there as acknowledged, and the audit trail's chain is
 * intact.</li>
 * </ol>
 * One server for both saves a server start and stop per run; the second step needs the admin password the first
 * chose.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RestartAndCrashIT {

    static final int WRITERS = 6;
    static final String CHOSEN_ADMIN_PASSWORD = "erstes-eigenes-Passwort-2026";

    static ServerProcess server;

    @BeforeAll
    static void server() {
        server = ServerProcess.forSuite("restart-and-crash");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonObject demoOrganisations(Http http) {
        return http.get("api/v1/organisations?q=Sommer%20Malerbetrieb").json();
    }

    @Test
    @Order(1)
    void dataWrittenBeforeARestartIsThereAfterIt() throws Exception {
        server.withEnvironment("ROPA_DEMO", "true").withEnvironment("ROPA_ADMIN_PASSWORD", "").start();
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
        String chosen = CHOSEN_ADMIN_PASSWORD;
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

    @Test
    @Order(2)
    void everyAcknowledgedWriteSurvivesAKillDuringWrites() throws Exception {
        if (!server.isRunning()) {
            server.withEnvironment("ROPA_DEMO", "false").start();
        }
        Http admin = new Http(server.baseUri()).with("Authorization", TestAccounts.basic("admin", CHOSEN_ADMIN_PASSWORD));
        Http editor = TestAccounts.editor(admin);
        long orgId = new RegisterClient(editor).organisation("Absturz GmbH");

        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger attempts = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.submit(() -> {
                for (int i = 0; writing.get(); i++) {
                    String name = "Kanal " + writer + "-" + i;
                    attempts.incrementAndGet();
                    try {
                        Http.Answer created = editor.post(org(orgId, "channels"), RegisterClient.channelJson(name));
                        if (created.status() == 201) {
                            acknowledged.put(RegisterClient.id(created.json()), name);
                        }
                    } catch (RuntimeException connectionLost) {
                        return;
                    }
                }
            });
        }
        Instant enough = Instant.now().plusSeconds(120);
        while (acknowledged.size() < 60) {
            assertTrue(Instant.now().isBefore(enough), "60 writes acknowledged within 2 minutes: " + acknowledged.size());
            Thread.sleep(50);
        }
        server.kill();
        writing.set(false);
        writers.shutdown();
        assertTrue(writers.awaitTermination(90, TimeUnit.SECONDS));

        server.start();
        JsonObject health = new Http(server.baseUri()).get("api/v1/health").json();
        assertEquals("UP", health.getString("status"), health::toString);
        List<String> missing = new ArrayList<>();
        acknowledged.forEach((id, name) -> {
            Http.Answer read = editor.get(org(orgId, "channels/" + id));
            if (read.status() != 200 || !name.equals(read.json().getString("name"))) {
                missing.add(id + " " + name + ": " + read.status());
            }
        });
        assertEquals(List.of(), missing, "acknowledged writes lost in the crash (" + acknowledged.size() + " acknowledged, "
                + attempts.get() + " attempted)");
        long stored = editor.get(org(orgId, "channels") + "?size=1").json().getJsonNumber("total").longValue();
        assertTrue(stored >= acknowledged.size() && stored <= attempts.get(), stored + " stored");
        JsonObject verification = admin.get("api/v1/audit/verification").json();
        assertTrue(verification.getBoolean("intact"), "the trail survived the crash intact: " + verification);
    }
}
