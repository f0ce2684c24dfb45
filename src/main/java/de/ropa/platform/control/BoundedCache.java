package de.ropa.platform.control;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;

/**
 * A map that keeps at most a given weight of values (bytes, items), dropping the oldest first. Reading takes no
 * lock: a page of 50 activities reads 50 values, from many request threads at once (a lock there made 16 clients
 * on two cores spend more time waiting for it than serving).
 */
final class BoundedCache<K, V> {

    private final Map<K, V> entries = new ConcurrentHashMap<>();
    private final Queue<K> oldestFirst = new ConcurrentLinkedQueue<>();
    private final AtomicLong weight = new AtomicLong();
    private final ToLongFunction<V> weigher;
    private final long maxWeight;

    BoundedCache(long maxWeight, ToLongFunction<V> weigher) {
        this.maxWeight = maxWeight;
        this.weigher = weigher;
    }

    V get(K key) {
        return entries.get(key);
    }

    /** Keeps the value unless it alone outweighs the whole cache; drops the oldest while the cache is too heavy. */
    void put(K key, V value) {
        long added = weigher.applyAsLong(value);
        if (added > maxWeight) {
            return;
        }
        V replaced = entries.put(key, value);
        if (replaced == null) {
            oldestFirst.add(key);
            weight.addAndGet(added);
        } else {
            weight.addAndGet(added - weigher.applyAsLong(replaced));
        }
        while (weight.get() > maxWeight) {
            K oldest = oldestFirst.poll();
            if (oldest == null) {
                break;
            }
            V removed = entries.remove(oldest);
            if (removed != null) {
                weight.addAndGet(-weigher.applyAsLong(removed));
            }
        }
    }

    long weight() {
        return weight.get();
    }

    int size() {
        return entries.size();
    }
}
