package de.ropa.security.control;

import java.util.function.Supplier;

/**
 * Work the application does on its own behalf, outside any request (first-start admin, demo data):
 * runs with every organisation visible and every role granted. Nothing a client sends reaches it.
 */
public final class SystemAccess {

    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private SystemAccess() {
    }

    public static <T> T run(Supplier<T> work) {
        boolean outer = ACTIVE.get();
        ACTIVE.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            ACTIVE.set(outer);
        }
    }

    static boolean active() {
        return ACTIVE.get();
    }
}
