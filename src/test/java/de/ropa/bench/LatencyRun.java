package de.ropa.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Concurrent clients requesting one kind of URL as fast as they can for a fixed time, each on its own
 * keep-alive connection (blocking I/O, one thread per client: the lightest client for a 2-core machine).
 * A warm-up of the same length precedes the measured window and is discarded.
 */
final class LatencyRun {

    static {
        // keep one connection per client alive (the JDK's default keeps five per host)
        System.setProperty("http.maxConnections", "64");
    }

    private final int clients;
    private final Duration warmUp;
    private final Duration measured;
    private final String authorization;

    LatencyRun(int clients, Duration warmUp, Duration measured, String authorization) {
        this.clients = clients;
        this.warmUp = warmUp;
        this.measured = measured;
        this.authorization = authorization;
    }

    /** {@code url} gives the URL of a client's n-th request. */
    Result run(IntFunction<URI> url) throws InterruptedException {
        return run(url, () -> -1);
    }

    /**
     * As {@link #run(IntFunction)}, and {@code serverCpu} (CPU seconds the server used so far) is read when the
     * measured window opens and when it closes: the server's CPU time per request of the window.
     */
    Result run(IntFunction<URI> url, java.util.function.DoubleSupplier serverCpu) throws InterruptedException {
        List<long[]> perClient = new ArrayList<>();
        AtomicInteger failures = new AtomicInteger();
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + measured.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long[][] latencies = {new long[4096]};
            int[] count = {0};
            int client = c;
            Thread thread = new Thread(() -> {
                int n = client * 1_000_003;
                while (System.nanoTime() < end) {
                    long before = System.nanoTime();
                    boolean ok = request(url.apply(n++));
                    long after = System.nanoTime();
                    if (!ok) {
                        failures.incrementAndGet();
                    } else if (before >= measureFrom && after <= end) {
                        if (count[0] == latencies[0].length) {
                            latencies[0] = Arrays.copyOf(latencies[0], count[0] * 2);
                        }
                        latencies[0][count[0]++] = after - before;
                    }
                }
                synchronized (perClient) {
                    perClient.add(Arrays.copyOf(latencies[0], count[0]));
                }
            }, "bench-client-" + c);
            threads.add(thread);
            thread.start();
        }
        double[] cpu = new double[2];
        Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
        cpu[0] = serverCpu.getAsDouble();
        Thread.sleep(Math.max(0, (end - System.nanoTime()) / 1_000_000));
        cpu[1] = serverCpu.getAsDouble();
        for (Thread thread : threads) {
            thread.join();
        }
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double cpuSeconds = cpu[0] < 0 || cpu[1] < 0 ? -1 : cpu[1] - cpu[0];
        return new Result(clients, measured.toSeconds(), all, failures.get(), cpuSeconds);
    }

    private boolean request(URI uri) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setRequestProperty("Authorization", authorization);
            connection.setRequestProperty("Accept", "application/json");
            int status = connection.getResponseCode();
            try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                if (body != null) {
                    body.readAllBytes(); // read to the end so the connection is reused
                }
            }
            return status == 200;
        } catch (IOException e) {
            return false; // counted as a failure; the run goes on
        }
    }

    record Result(int clients, long seconds, long[] sortedNanos, int failures, double serverCpuSeconds) {

        /** The server's CPU time per request in the measured window (requests that ended in it); -1 if unknown. */
        double serverCpuMillisPerRequest() {
            return serverCpuSeconds < 0 || sortedNanos.length == 0 ? -1 : serverCpuSeconds * 1000 / sortedNanos.length;
        }

        double throughput() {
            return (double) sortedNanos.length / seconds;
        }

        double percentileMillis(double percentile) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(percentile / 100 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, index)] / 1e6;
        }

        JsonObject json() {
            return Json.createObjectBuilder().add("clients", clients).add("seconds", seconds)
                    .add("requests", sortedNanos.length).add("failures", failures)
                    .add("throughputPerSecond", Benchmark.round(throughput(), 1))
                    .add("p50Millis", Benchmark.round(percentileMillis(50), 2))
                    .add("p90Millis", Benchmark.round(percentileMillis(90), 2))
                    .add("p99Millis", Benchmark.round(percentileMillis(99), 2))
                    .add("maxMillis", Benchmark.round(percentileMillis(100), 2))
                    .add("serverCpuMillisPerRequest", Benchmark.round(serverCpuMillisPerRequest(), 2)).build();
        }
    }
}
