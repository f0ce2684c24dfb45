package de.ropa.security.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    @Test
    void hashesBelowTodaysStrengthAreOutdated() {
        assertTrue(PasswordHashing.isOutdated("PBKDF2WithHmacSHA256:2048:c2FsdA==:a2V5"), "the servers' default");
        assertTrue(PasswordHashing.isOutdated("PBKDF2WithHmacSHA1:600000:c2FsdA==:a2V5"), "another algorithm");
        assertTrue(PasswordHashing.isOutdated("garbage"));
        assertTrue(PasswordHashing.isOutdated(null));
        assertFalse(PasswordHashing.isOutdated("PBKDF2WithHmacSHA256:600000:c2FsdA==:a2V5"));
    }

    @Test
    void aVerifiedPasswordIsKnownOnlyWithTheHashItWasVerifiedAgainst() {
        VerifiedPasswords verified = new VerifiedPasswords();
        verified.remember("petra", "geheim-und-lang", "hash-1");
        assertTrue(verified.knows("petra", "geheim-und-lang", "hash-1"));
        assertFalse(verified.knows("petra", "geheim-und-lang", "hash-2"), "a changed password has a new hash");
        assertFalse(verified.knows("petra", "anderes", "hash-1"));
        assertFalse(verified.knows("paul", "geheim-und-lang", "hash-1"));
        verified.forget("hash-1");
        assertFalse(verified.knows("petra", "geheim-und-lang", "hash-1"), "forgotten on lock or change");
    }
}
