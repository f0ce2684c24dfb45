package de.ropa.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Map;
import java.util.TreeMap;

/**
 * Peak heap in use while something runs: a full collection first (so runs start from the same floor), then
 * the heap's used bytes sampled every 2 ms on a daemon thread. Part of the benchmark probe, never of the product.
 */
final class HeapWatch {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final long baseline;
    private final Map<String, Long> collectionsBefore;
    private volatile long peak;
    private volatile boolean running = true;
    private final Thread sampler;

    private HeapWatch() {
        System.gc();
        collectionsBefore = collections(); // after the collection asked for above, which is not the run's
        baseline = used();
        peak = baseline;
        sampler = new Thread(this::sample, "bench-heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    static HeapWatch start() {
        return new HeapWatch();
    }

    private void sample() {
        while (running) {
            peak = Math.max(peak, used());
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops sampling; answers baseline and peak in bytes. */
    long[] stop() {
        running = false;
        try {
            sampler.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new long[] {baseline, Math.max(peak, used())};
    }

    /** Collections per collector since the start (for G1: "G1 Old Generation" counts full collections). */
    Map<String, Long> collectionsSince() {
        Map<String, Long> since = new TreeMap<>();
        collections().forEach((name, count) -> since.put(name, count - collectionsBefore.getOrDefault(name, 0L)));
        return since;
    }

    private static Map<String, Long> collections() {
        Map<String, Long> counts = new TreeMap<>();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            counts.put(collector.getName(), collector.getCollectionCount());
        }
        return counts;
    }

    private static long used() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    static long max() {
        return MEMORY.getHeapMemoryUsage().getMax();
    }
}
