package de.ropa.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class BoundedCacheTest {

    @Test
    void theOldestGoFirstWhenTheWeightIsExceeded() {
        BoundedCache<String, String> cache = new BoundedCache<>(10, String::length);
        cache.put("a", "aaaa");
        cache.put("b", "bbbb");
        cache.put("c", "cccc");
        assertNull(cache.get("a"));
        assertEquals("bbbb", cache.get("b"));
        assertEquals("cccc", cache.get("c"));
        assertEquals(8, cache.weight());
    }

    @Test
    void aReplacedValueGivesBackItsWeightAndOneHeavierThanTheWholeIsNotKept() {
        BoundedCache<String, String> cache = new BoundedCache<>(10, String::length);
        cache.put("a", "aaaaaaaa");
        cache.put("a", "aa");
        assertEquals(2, cache.weight());
        cache.put("huge", "x".repeat(11));
        assertNull(cache.get("huge"));
        assertEquals("aa", cache.get("a"));
        assertEquals(1, cache.size());
    }
}
