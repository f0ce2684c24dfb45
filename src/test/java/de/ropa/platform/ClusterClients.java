package de.ropa.platform;

import static de.ropa.testing.RegisterClient.org;

import de.ropa.testing.Http;
import de.ropa.testing.RegisterClient;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Other systems writing to a cluster through its balancer while a node goes down: each client creates channels one
 * after the other with an API token and notes which the register acknowledged (201) and which requests failed.
 */
final class ClusterClients implements AutoCloseable {

    /** A write that got no answer or an error: the channel's name, when it was sent, and what the client saw. */
    record Failure(String name, Instant sent, String seen) {
    }

    /** What the clients saw: the ids acknowledged, the writes that failed, and how many clients wrote. */
    record Result(List<Long> acknowledged, List<Failure> failures, int clients) {
        int failed() {
            return failures.size();
        }

        @Override
        public String toString() {
            return "%d clients, %d writes acknowledged, %d failed %s".formatted(clients, acknowledged.size(), failed(),
                    failures.stream().limit(5).map(Failure::seen).toList());
        }
    }

    private final Http api;
    private final long orgId;
    private final int clients;
    private final AtomicBoolean writing = new AtomicBoolean();
    private final ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();
    private final List<Thread> threads = new ArrayList<>();

    /** {@code clients} writers into this organisation through {@code balancer}, with an API token the admin issues. */
    ClusterClients(URI balancer, Http admin, long orgId, int clients) {
        this.orgId = orgId;
        this.clients = clients;
        String user = "cluster-writer-" + orgId;
        JsonObject created = admin.post("api/v1/admin/users", "{\"username\":\"" + user + "\",\"password\":\"cluster-writer-"
                + "password-2026\",\"roles\":[\"INTEGRATION\"],\"organisationIds\":[" + orgId + "]}").json();
        String token = admin.post("api/v1/admin/tokens", "{\"userId\":" + created.getJsonNumber("id")
                + ",\"name\":\"cluster test\",\"validDays\":1}").json().getString("token");
        this.api = new Http(balancer).with("Authorization", "Bearer " + token);
    }

    void start() {
        writing.set(true);
        AtomicInteger numbers = new AtomicInteger();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                while (writing.get()) {
                    String name = "Schreiber-Kanal " + numbers.incrementAndGet();
                    Instant sent = Instant.now();
                    try {
                        Http.Answer answer = api.post(org(orgId, "channels"), RegisterClient.channelJson(name));
                        if (answer.status() == 201) {
                            acknowledged.add(RegisterClient.id(answer.json()));
                        } else {
                            failures.add(new Failure(name, sent, answer.status() + " "
                                    + answer.body().lines().findFirst().orElse("")));
                        }
                    } catch (RuntimeException e) {
                        failures.add(new Failure(name, sent, String.valueOf(e.getMessage())));
                    }
                }
            }, "cluster-writer-" + c);
            thread.start();
            threads.add(thread);
        }
    }

    /** Stops writing, waits for the requests under way, and tells what happened. */
    Result finish() throws InterruptedException {
        writing.set(false);
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(90).toMillis());
        }
        threads.clear();
        return new Result(List.copyOf(acknowledged), List.copyOf(failures), clients);
    }

    @Override
    public void close() throws InterruptedException {
        finish();
    }

    /** Reads of one path for a while by {@code clients} at once, through {@code server}: answers per second. */
    static double readsPerSecond(URI server, Http credentials, String path, int clients, Duration window)
            throws InterruptedException {
        Http http = credentials.at(server);
        AtomicLong answered = new AtomicLong();
        long until = System.nanoTime() + window.toNanos();
        List<Thread> readers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread reader = new Thread(() -> {
                while (System.nanoTime() < until) {
                    if (http.get(path).status() == 200) {
                        answered.incrementAndGet();
                    }
                }
            });
            reader.start();
            readers.add(reader);
        }
        for (Thread reader : readers) {
            reader.join();
        }
        return answered.get() / (window.toNanos() / 1e9);
    }
}
