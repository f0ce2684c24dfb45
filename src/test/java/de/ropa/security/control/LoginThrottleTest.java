package de.ropa.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    @Test
    void theFirstFailuresAreNotDelayed() {
        LoginThrottle throttle = new LoginThrottle();
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertEquals(Duration.ZERO, throttle.failed("10.0.0.1"));
        }
    }

    @Test
    void furtherFailuresAreDelayedMoreUpToTheCap() {
        LoginThrottle throttle = new LoginThrottle();
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            throttle.failed("10.0.0.1");
        }
        assertEquals(LoginThrottle.STEP, throttle.failed("10.0.0.1"));
        assertEquals(LoginThrottle.STEP.multipliedBy(2), throttle.failed("10.0.0.1"));
        for (int i = 0; i < 50; i++) {
            throttle.failed("10.0.0.1");
        }
        assertEquals(LoginThrottle.MAX_DELAY, throttle.failed("10.0.0.1"));
        assertEquals(Duration.ZERO, throttle.failed("10.0.0.2"), "other addresses are not affected");
    }

    @Test
    void theWindowForgetsOldFailures() {
        LoginThrottle throttle = new LoginThrottle();
        throttle.clock = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
        for (int i = 0; i < 30; i++) {
            throttle.failed("10.0.0.1");
        }
        throttle.clock = Clock.fixed(Instant.parse("2026-11-27T10:16:00Z"), ZoneOffset.UTC);

        assertEquals(Duration.ZERO, throttle.failed("10.0.0.1"));
    }
}
