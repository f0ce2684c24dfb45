package de.ropa.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RegisterReadCacheTest {

    private static final int OBJECTS = 10_000;

    private final AtomicLong loaded = new AtomicLong();

    @Test
    void manyClientsPagingThroughTheRegisterLoadEachObjectOnceWhileNothingChanges() throws Exception {
        RegisterReadCache cache = cache(48);
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 16; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                for (int n = client * 1_000_003; n < client * 1_000_003 + 600; n++) {
                    readPage(cache, Math.floorMod(n * 37, OBJECTS / 50));
                }
            });
            clients.add(thread);
            thread.start();
        }
        for (Thread client : clients) {
            client.join();
        }
        RegisterReadCache.Statistics statistics = cache.statistics();
        assertEquals(16 * 600 * 50, statistics.rowHits() + statistics.rowMisses() + statistics.rowsAwaited());
        assertEquals(OBJECTS, loaded.get(), "every object loaded once, however many clients page at once");
    }

    @Test
    void aRequestWaitingForAFailedLoadLoadsTheRowsItself() throws Exception {
        RegisterReadCache cache = cache(48);
        RegisterReadCache.Ordering ordering = new RegisterReadCache.Ordering(7, new long[] {1, 2}, new long[] {0, 0});
        java.util.concurrent.CountDownLatch loadBegun = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch waiterAsks = new java.util.concurrent.CountDownLatch(1);
        Thread failing = new Thread(() -> {
            try {
                cache.rows("ACTIVITY", ordering, 0, 2, missing -> {
                    loadBegun.countDown();
                    await(waiterAsks);
                    pause();
                    throw new IllegalStateException("database gone");
                });
            } catch (IllegalStateException expected) {
                // the failing request answers its error; the other one must not
            }
        });
        failing.start();
        loadBegun.await();
        List<byte[]> rows = new ArrayList<>();
        Thread waiting = new Thread(() -> rows.addAll(cache.rows("ACTIVITY", ordering, 0, 2, missing -> {
            loaded.addAndGet(missing.size());
            return missing.stream().map(id -> new RegisterReadCache.Row(id, 0, ("row " + id).getBytes())).toList();
        })));
        waiting.start();
        while (cache.statistics().rowsAwaited() < 2) {
            Thread.onSpinWait();
        }
        waiterAsks.countDown();
        waiting.join(10_000);
        failing.join(10_000);
        assertEquals(List.of("row 1", "row 2"), rows.stream().map(String::new).toList());
        assertEquals(2, loaded.get());
    }

    @Test
    void aRowIsLoadedAgainWhenTheOrderNamesANewerVersion() {
        RegisterReadCache cache = cache(48);
        cache.rows("ACTIVITY", new RegisterReadCache.Ordering(7, new long[] {1}, new long[] {0}), 0, 1, this::version0);
        cache.rows("ACTIVITY", new RegisterReadCache.Ordering(7, new long[] {1}, new long[] {0}), 0, 1, this::version0);
        assertEquals(1, loaded.get());
        List<byte[]> rows = cache.rows("ACTIVITY", new RegisterReadCache.Ordering(8, new long[] {1}, new long[] {1}), 0, 1,
                missing -> List.of(new RegisterReadCache.Row(1, 1, "changed".getBytes())));
        assertEquals("changed", new String(rows.get(0)));
    }

    private List<RegisterReadCache.Row> version0(List<Long> missing) {
        loaded.addAndGet(missing.size());
        return missing.stream().map(id -> new RegisterReadCache.Row(id, 0, "first".getBytes())).toList();
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void readPage(RegisterReadCache cache, int page) {
        RegisterReadCache.Ordering ordering = cache.ordering("SELECT e.id, e.version FROM Activity e", Map.of("org", 1L),
                () -> {
                    List<Object[]> all = new ArrayList<>();
                    for (long id = 1; id <= OBJECTS; id++) {
                        all.add(new Object[] {id, 0L});
                    }
                    return all;
                });
        List<byte[]> rows = cache.rows("ACTIVITY", ordering, page * 50, 50, missing -> {
            loaded.addAndGet(missing.size());
            pause(); // a load takes its time: the requests behind catch up with it
            return missing.stream().map(id -> new RegisterReadCache.Row(id, 0, new byte[1500])).toList();
        });
        assertEquals(50, rows.size());
    }

    private static void pause() {
        try {
            Thread.sleep(3);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static RegisterReadCache cache(long megabytes) {
        RegisterReadCache cache = new RegisterReadCache();
        cache.trail = new Trail() {
            @Override
            public OptionalLong revision() {
                return OptionalLong.of(7);
            }

            @Override
            public void record(Long orgId, de.ropa.platform.entity.ObjectKind kind, Object id, String name, String action,
                               Object before, Object after) {
            }

            @Override
            public void changing() {
            }

            @Override
            public void oneAtATime() {
            }

            @Override
            public boolean summarising() {
                return false;
            }

            @Override
            public <T> T summarised(Supplier<T> operation) {
                return operation.get();
            }
        };
        cache.maxOrderMegabytes = 16;
        cache.maxMegabytes = megabytes;
        cache.maxDerivedItems = 1000;
        cache.bound();
        return cache;
    }
}
