package de.ropa.platform;

import static de.ropa.testing.RegisterClient.org;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.testing.Http;
import de.ropa.testing.RegisterClient;
import de.ropa.testing.ServerProcess;
import de.ropa.testing.TestAccounts;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The server process is killed hard (SIGKILL, as a power cut) while clients are writing; after a restart
 * the database opens cleanly, every write that was acknowledged is there as acknowledged, and the audit
 * trail's chain is intact. Runs the suite's server as its own process (no Arquillian).
 */
class CrashIT {

    static final int WRITERS = 6;

    @Test
    void everyAcknowledgedWriteSurvivesAKillDuringWrites() throws Exception {
        try (ServerProcess server = ServerProcess.forSuite("crash")
                .withEnvironment("ROPA_ADMIN_PASSWORD", TestAccounts.adminPassword())) {
            server.start();
            Http admin = TestAccounts.admin(server.baseUri());
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
            while (acknowledged.size() < 60) {
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
            server.stop();
        }
    }

}
