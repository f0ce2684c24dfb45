package de.ropa.platform.control;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * A map that keeps at most a given weight of values (bytes, ids), dropping the least recently used first. Thread
 * safe; the lock is held only for the map's own work, never while a value is computed.
 */
final class BoundedCache<K, V> {

    private final LinkedHashMap<K, V> entries = new LinkedHashMap<>(256, 0.75f, true);
    private final ToLongFunction<V> weigher;
    private final long maxWeight;
    private long weight;

    BoundedCache(long maxWeight, ToLongFunction<V> weigher) {
        this.maxWeight = maxWeight;
        this.weigher = weigher;
    }

    synchronized V get(K key) {
        return entries.get(key);
    }

    /** Keeps the value unless it alone outweighs the whole cache. */
    synchronized void put(K key, V value) {
        long added = weigher.applyAsLong(value);
        if (added > maxWeight) {
            return;
        }
        V replaced = entries.put(key, value);
        weight += added - (replaced == null ? 0 : weigher.applyAsLong(replaced));
        Iterator<Map.Entry<K, V>> oldest = entries.entrySet().iterator();
        while (weight > maxWeight && oldest.hasNext()) {
            weight -= weigher.applyAsLong(oldest.next().getValue());
            oldest.remove();
        }
    }

    synchronized long weight() {
        return weight;
    }

    synchronized int size() {
        return entries.size();
    }
}
