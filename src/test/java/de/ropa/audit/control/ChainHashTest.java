package de.ropa.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import de.ropa.audit.entity.AuditEntry;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ChainHashTest {

    private static AuditEntry entry(String actor, String after, String prevHash) {
        return new AuditEntry(7, LocalDateTime.of(2026, 11, 27, 8, 15, 30, 123_000_000), actor, 3L, "CHANNEL", "42",
                "Signal – Leitung", "UPDATE", "{\"name\":\"alt\"}", after, prevHash);
    }

    @Test
    void theHashCoversEveryFieldAndThePreviousHash() {
        String hash = ChainHash.of(entry("dpo", "{\"name\":\"neu\"}", ChainHash.GENESIS));
        assertEquals(64, hash.length());
        assertEquals(hash, ChainHash.of(entry("dpo", "{\"name\":\"neu\"}", ChainHash.GENESIS)), "deterministic");
        assertNotEquals(hash, ChainHash.of(entry("admin", "{\"name\":\"neu\"}", ChainHash.GENESIS)), "actor");
        assertNotEquals(hash, ChainHash.of(entry("dpo", "{\"name\":\"Neu\"}", ChainHash.GENESIS)), "value");
        assertNotEquals(hash, ChainHash.of(entry("dpo", "{\"name\":\"neu\"}", "1".repeat(64))), "previous hash");
    }

    @Test
    void theGenesisIsSixtyFourZeros() {
        assertEquals("0".repeat(64), ChainHash.GENESIS);
    }
}
