package de.ropa.platform;

import static de.ropa.testing.RegisterClient.org;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.testing.Http;
import de.ropa.testing.RegisterClient;
import de.ropa.testing.TestAccounts;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Concurrent clients mixing reads and writes for a bounded time: no 5xx, every acknowledged write is there
 * afterwards as acknowledged, and every 412 was a true conflict (the object had moved past the version sent).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoadIT {

    static final int CLIENTS = 8;
    static final Duration RUN = Duration.ofSeconds(15);

    @ArquillianResource
    URL base;

    /** What a client last got acknowledged for a channel: its name, or deleted. */
    record Acknowledged(String name, boolean deleted) {
    }

    @Test
    void concurrentReadsAndWritesKeepEveryAcknowledgedWriteAndConflictOnlyForReal() throws Exception {
        Http editor = TestAccounts.editor(base.toURI());
        RegisterClient register = new RegisterClient(editor);
        long orgId = register.organisation("Last GmbH " + System.nanoTime());
        long shared = register.channel(orgId, "Gemeinsamer Kanal");
        String sharedPath = org(orgId, "channels/" + shared);

        Map<Long, Acknowledged> mine = new ConcurrentHashMap<>();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        Instant end = Instant.now().plus(RUN);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            running.add(clients.submit(() -> {
                List<Long> own = new ArrayList<>();
                for (int i = 0; Instant.now().isBefore(end); i++) {
                    int dice = ThreadLocalRandom.current().nextInt(100);
                    requests.incrementAndGet();
                    if (dice < 30) {
                        check(problems, "list", editor.get(org(orgId, "channels") + "?size=20&sort=-updatedAt"), 200);
                    } else if (dice < 45 || own.isEmpty()) {
                        String name = "Kanal " + client + "-" + i;
                        Http.Answer created = editor.post(org(orgId, "channels"), RegisterClient.channelJson(name));
                        if (check(problems, "create", created, 201)) {
                            long id = RegisterClient.id(created.json());
                            own.add(id);
                            mine.put(id, new Acknowledged(name, false));
                        }
                    } else if (dice < 65) {
                        long id = own.get(ThreadLocalRandom.current().nextInt(own.size()));
                        String path = org(orgId, "channels/" + id);
                        String name = "Kanal " + client + "-" + i + " geändert";
                        Http.Answer updated = editor.put(path, RegisterClient.channelJson(name), "If-Match", editor.get(path).etag());
                        if (check(problems, "update own", updated, 200)) {
                            mine.put(id, new Acknowledged(name, false));
                        }
                    } else if (dice < 75) {
                        long id = own.remove(ThreadLocalRandom.current().nextInt(own.size()));
                        String path = org(orgId, "channels/" + id);
                        Http.Answer deleted = editor.delete(path, "If-Match", editor.get(path).etag());
                        if (check(problems, "delete own", deleted, 204)) {
                            mine.put(id, new Acknowledged(null, true));
                        }
                    } else {
                        // everyone races for the shared channel: conflicts are expected, but only true ones
                        String etag = editor.get(sharedPath).etag();
                        Http.Answer updated = editor.put(sharedPath, RegisterClient.channelJson("Gemeinsam " + client + "-" + i), "If-Match", etag);
                        if (updated.status() == 412) {
                            conflicts.incrementAndGet();
                            String now = editor.get(sharedPath).etag();
                            if (now.equals(etag)) {
                                problems.add("412 although the shared channel is still at " + etag);
                            }
                        } else {
                            check(problems, "update shared", updated, 200);
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        clients.shutdown();

        assertEquals(List.of(), problems, requests.get() + " requests");
        for (Map.Entry<Long, Acknowledged> entry : mine.entrySet()) {
            Http.Answer read = editor.get(org(orgId, "channels/" + entry.getKey()));
            if (entry.getValue().deleted()) {
                assertEquals(404, read.status(), "deleted " + entry.getKey());
            } else {
                assertEquals(200, read.status(), read::toString);
                assertEquals(entry.getValue().name(), read.json().getString("name"), "the last acknowledged name");
            }
        }
        long alive = mine.values().stream().filter(a -> !a.deleted()).count();
        assertEquals(alive + 1, editor.get(org(orgId, "channels") + "?size=1").json().getJsonNumber("total").longValue());
        assertTrue(requests.get() > 100, "only " + requests.get() + " requests in " + RUN);
        System.out.printf("LoadIT: %d requests by %d clients in %d s, %d true conflicts on the shared channel%n",
                requests.get(), CLIENTS, RUN.toSeconds(), conflicts.get());
    }

    private static boolean check(List<String> problems, String what, Http.Answer answer, int expected) {
        if (answer.status() != expected) {
            problems.add(what + ": " + answer.status() + " " + answer.body());
            return false;
        }
        return true;
    }

}
