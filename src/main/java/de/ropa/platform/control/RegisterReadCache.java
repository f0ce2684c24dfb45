package de.ropa.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lists of the register kept ready in memory while the register does not change. Every change of the register is
 * recorded in the audit trail by the changing transaction, so the trail's last number ({@link Trail#revision()})
 * moves with every change: a list's order (the ids and versions of all the objects it holds, in order) is reused
 * while the revision stands, and an object's JSON while its version stands. Nothing is invalidated by hand, so a
 * change committed by another server is seen at the next read. Each part is bounded (bytes or items); the oldest
 * go first.
 */
@ApplicationScoped
public class RegisterReadCache {

    /** The ids of a list's objects in the list's order, with their versions, at one revision of the register. */
    public record Ordering(long revision, long[] ids, long[] versions) {

        public int total() {
            return ids.length;
        }

        /** The ids from {@code offset}, at most {@code size}. */
        public List<Long> ids(int offset, int size) {
            List<Long> slice = new ArrayList<>();
            for (int i = offset; i >= 0 && i < ids.length && i < (long) offset + size; i++) {
                slice.add(ids[i]);
            }
            return slice;
        }
    }

    /** An object as a list shows it (its JSON in UTF-8, as it is sent), and the version it was read at. */
    public record Row(long id, long version, byte[] json) {
    }

    record OrderingKey(String query, Map<String, Object> parameters) {
    }

    record RowKey(String kind, long id, long version) {
    }

    /** Something computed from the whole register, the revision it was computed at, and how many items it holds. */
    record Derived(long revision, Object value, long items) {
    }

    @Inject
    Trail trail;

    @Inject
    @ConfigProperty(name = "ropa.cache.order-megabytes", defaultValue = "16")
    long maxOrderMegabytes;

    @Inject
    @ConfigProperty(name = "ropa.cache.list-megabytes", defaultValue = "48")
    long maxMegabytes;

    /** Findings kept: some 0.3 kB each; 200,000 hold those of a 50,000-activity organisation (157,000) in about 60 MB. */
    @Inject
    @ConfigProperty(name = "ropa.cache.derived-items", defaultValue = "200000")
    long maxDerivedItems;

    /** How often each part answered from memory, and how often a read could not use it at all (inside a change). */
    public record Statistics(long orderingHits, long orderingMisses, long rowHits, long rowMisses, long rowsAwaited,
                             long derivedHits, long derivedMisses, long bypassed, long rowBytes) {
    }

    private final java.util.concurrent.atomic.LongAdder orderingHits = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder orderingMisses = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder rowHits = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder rowMisses = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder derivedHits = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder derivedMisses = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder bypassed = new java.util.concurrent.atomic.LongAdder();

    private final java.util.concurrent.atomic.LongAdder rowsAwaited = new java.util.concurrent.atomic.LongAdder();

    /** The rows being loaded right now, by the request that loads them. */
    private final Map<RowKey, CompletableFuture<Row>> loading = new ConcurrentHashMap<>();

    /** What a request waiting for another's load is handed when that load failed. */
    private static final Row LOAD_FAILED = new Row(-1, -1, new byte[0]);

    private BoundedCache<OrderingKey, Ordering> orderings;
    private BoundedCache<RowKey, Row> rows;
    private BoundedCache<Object, Derived> derived;

    @PostConstruct
    void bound() {
        // an id and a version take 16 bytes; the key (the list's query and parameters) is allowed a kilobyte
        orderings = new BoundedCache<>(maxOrderMegabytes << 20, ordering -> ordering.ids().length * 16L + 1024);
        rows = new BoundedCache<>(maxMegabytes << 20, row -> row.json().length + 64L);
        derived = new BoundedCache<>(maxDerivedItems, value -> value.items() + 1);
    }

    /**
     * What {@code compute} derives from the register (the findings of an organisation), kept under {@code key} while
     * the register's revision stands. {@code key} names everything else the result depends on (e.g. today's date);
     * the value must not be changed by its users. {@code items} weighs it against the bound.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, Supplier<T> compute, java.util.function.ToLongFunction<T> items) {
        OptionalLong revision = revisionCounted();
        Derived known = revision.isPresent() ? derived.get(key) : null;
        if (known != null && known.revision() == revision.getAsLong()) {
            derivedHits.increment();
            return (T) known.value();
        }
        derivedMisses.increment();
        T value = compute.get();
        if (revision.isPresent()) {
            derived.put(key, new Derived(revision.getAsLong(), value, items.applyAsLong(value)));
        }
        return value;
    }

    /**
     * What {@link #derived} keeps under {@code key} at the register's current revision, if it keeps it; computes
     * nothing (an object's page uses its organisation's findings when they are at hand, and its own otherwise).
     */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> kept(Object key) {
        OptionalLong revision = trail.revision();
        Derived known = revision.isPresent() ? derived.get(key) : null;
        return known != null && known.revision() == revision.getAsLong() ? Optional.of((T) known.value()) : Optional.empty();
    }

    /**
     * The list's order as of now: reused while the register's revision stands, else read by {@code query}
     * (rows of id and version, in the list's order). The revision is read first, so that what is kept under it is
     * never older than it.
     */
    public Ordering ordering(String query, Map<String, Object> parameters, Supplier<List<Object[]>> read) {
        OptionalLong revision = revisionCounted();
        OrderingKey key = new OrderingKey(query, Map.copyOf(parameters));
        Ordering known = revision.isPresent() ? orderings.get(key) : null;
        if (known != null && known.revision() == revision.getAsLong()) {
            orderingHits.increment();
            return known;
        }
        orderingMisses.increment();
        List<Object[]> found = read.get();
        long[] ids = new long[found.size()];
        long[] versions = new long[found.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = ((Number) found.get(i)[0]).longValue();
            versions[i] = ((Number) found.get(i)[1]).longValue();
        }
        Ordering fresh = new Ordering(revision.orElse(-1), ids, versions);
        if (revision.isPresent()) {
            orderings.put(key, fresh);
        }
        return fresh;
    }

    /**
     * The JSON of the objects from {@code offset} on in this order, in order: kept ones at the version the order
     * names, the others loaded by {@code load} (which answers the rows of the ids it found; one deleted meanwhile is
     * left out) and kept at the version they were read at. A row another request is loading right now is waited for,
     * not loaded twice: after a change, many clients paging at once would otherwise catch up with the slowest and
     * load the same rows together.
     */
    public List<byte[]> rows(String kind, Ordering ordering, int offset, int size, Function<List<Long>, List<Row>> load) {
        List<Long> ids = ordering.ids(offset, size);
        boolean keep = ordering.revision() >= 0;
        Map<Long, byte[]> json = new HashMap<>();
        Map<RowKey, CompletableFuture<Row>> claimed = new HashMap<>();
        Map<Long, CompletableFuture<Row>> loadedByOthers = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            RowKey key = new RowKey(kind, ids.get(i), ordering.versions()[offset + i]);
            Row known = rows.get(key);
            CompletableFuture<Row> claim = null;
            if (known == null && keep) {
                claim = new CompletableFuture<>();
                CompletableFuture<Row> other = loading.putIfAbsent(key, claim);
                if (other != null) {
                    loadedByOthers.put(key.id(), other);
                    continue;
                }
                known = rows.get(key); // kept by a load that ended between the two looks
                if (known != null) {
                    loading.remove(key, claim);
                    claim.complete(known);
                }
            }
            if (known != null) {
                json.put(known.id(), known.json());
            } else {
                missing.add(key.id());
                if (claim != null) {
                    claimed.put(key, claim);
                }
            }
        }
        rowHits.add(ids.size() - missing.size() - loadedByOthers.size());
        rowMisses.add(missing.size());
        rowsAwaited.add(loadedByOthers.size());
        loadClaimed(kind, missing, claimed, load, json, keep);
        List<Long> again = new ArrayList<>();
        loadedByOthers.forEach((id, other) -> {
            Row row = awaited(other);
            if (row == LOAD_FAILED) {
                again.add(id);
            } else if (row != null) {
                json.put(id, row.json());
            }
        });
        if (!again.isEmpty()) {
            loadClaimed(kind, again, Map.of(), load, json, keep);
        }
        return ids.stream().map(json::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Loads these rows, keeps them, and hands them to whoever waits for them (null for one deleted meanwhile). */
    private void loadClaimed(String kind, List<Long> missing, Map<RowKey, CompletableFuture<Row>> claimed,
                             Function<List<Long>, List<Row>> load, Map<Long, byte[]> json, boolean keep) {
        if (missing.isEmpty()) {
            return;
        }
        Map<Long, Row> found = new HashMap<>();
        boolean loaded = false;
        try {
            for (Row row : load.apply(missing)) {
                if (keep) {
                    rows.put(new RowKey(kind, row.id(), row.version()), row);
                }
                found.put(row.id(), row);
                json.put(row.id(), row.json());
            }
            loaded = true;
        } finally {
            // after a failed load, the requests waiting for these rows load them themselves
            boolean failed = !loaded;
            claimed.forEach((key, claim) -> {
                loading.remove(key, claim);
                claim.complete(failed ? LOAD_FAILED : found.get(key.id()));
            });
        }
    }

    /** The row another request loads, or {@link #LOAD_FAILED} when that load failed or takes too long. */
    private static Row awaited(CompletableFuture<Row> other) {
        try {
            return other.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return LOAD_FAILED;
        } catch (ExecutionException | TimeoutException e) {
            return LOAD_FAILED;
        }
    }

    public Statistics statistics() {
        return new Statistics(orderingHits.sum(), orderingMisses.sum(), rowHits.sum(), rowMisses.sum(), rowsAwaited.sum(),
                derivedHits.sum(), derivedMisses.sum(), bypassed.sum(), rows.weight());
    }

    private OptionalLong revisionCounted() {
        OptionalLong revision = trail.revision();
        if (revision.isEmpty()) {
            bypassed.increment();
        }
        return revision;
    }
}
