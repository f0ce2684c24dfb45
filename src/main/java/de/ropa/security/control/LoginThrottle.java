package de.ropa.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Slows down password guessing from one address: after {@link #FREE_FAILURES} failed logins within
 * {@link #WINDOW}, the answer to every further failed attempt from that address is delayed, up to
 * {@link #MAX_DELAY}. Successful logins are never delayed, so one attacker behind a shared address cannot
 * lock colleagues out; accounts themselves are locked by {@link RegisterIdentityStore}.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int FREE_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration STEP = Duration.ofMillis(25);
    static final Duration MAX_DELAY = Duration.ofMillis(250);
    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());

    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    Clock clock = Clock.systemUTC();

    /** Records a failed login and answers how long its answer is to be held back. */
    public Duration failed(String address) {
        Instant now = clock.instant();
        Failures failures = byAddress.merge(address, new Failures(now, 1), (old, one) ->
                old.since.plus(WINDOW).isBefore(now) ? one : new Failures(old.since, old.count + 1));
        if (byAddress.size() > 100_000) {
            byAddress.entrySet().removeIf(e -> e.getValue().since.plus(WINDOW).isBefore(now));
        }
        if (failures.count == FREE_FAILURES + 1) {
            LOG.warning(() -> "More than " + FREE_FAILURES + " failed logins from " + address + " within " + WINDOW
                    + ": slowing down further attempts");
        }
        return delayFor(failures.count);
    }

    static Duration delayFor(int failures) {
        if (failures <= FREE_FAILURES) {
            return Duration.ZERO;
        }
        Duration delay = STEP.multipliedBy(failures - FREE_FAILURES);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** Holds back the answer to a failed login. */
    public void hold(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Failures(Instant since, int count) {
    }
}
