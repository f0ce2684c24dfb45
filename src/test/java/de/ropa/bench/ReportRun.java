package de.ropa.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Comparator;
import java.util.List;

/** One rendering of a register PDF: time, size, the server's heap (after a full GC before, peak during) and its collections. */
record ReportRun(double seconds, int pages, long bytes, long baselineBytes, long peakBytes, JsonObject collections) {

    static ReportRun median(List<ReportRun> runs) {
        List<ReportRun> sorted = runs.stream().sorted(Comparator.comparingDouble(ReportRun::seconds)).toList();
        return sorted.get(sorted.size() / 2);
    }

    /** Full (stop-the-world, whole heap) collections: G1 counts them as "G1 Old Generation". */
    long fullCollections() {
        return collections.entrySet().stream().filter(e -> e.getKey().contains("Old") || e.getKey().contains("MarkSweep"))
                .mapToLong(e -> ((jakarta.json.JsonNumber) e.getValue()).longValue()).sum();
    }

    JsonObject json() {
        return Json.createObjectBuilder().add("seconds", Benchmark.round(seconds, 2)).add("pages", pages).add("bytes", bytes)
                .add("heapBeforeBytes", baselineBytes).add("peakHeapBytes", peakBytes).add("garbageCollections", collections).build();
    }
}
