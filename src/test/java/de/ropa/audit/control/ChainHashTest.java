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
    void entriesWrittenBeforeVersionTwoStillHashAsTheyWereWritten() throws Exception {
        AuditEntry old = entry("dpo", "{\"name\":\"neu\"}", ChainHash.GENESIS);
        hashVersion(old, (short) 1);
        // computed outside Java: SHA-256 of the fields joined by line breaks, as version 1 wrote them
        assertEquals("bdd8a571cb74fda3247214c5e5f88d7ea306b312d3e4fc16960effcbbd3fe958", ChainHash.of(old));
        assertNotEquals(ChainHash.of(old), ChainHash.of(entry("dpo", "{\"name\":\"neu\"}", ChainHash.GENESIS)),
                "new entries hash their fields length-prefixed");
    }

    @Test
    void aLineBreakInAFieldCannotMoveAFieldBoundary() throws Exception {
        AuditEntry a = new AuditEntry(7, LocalDateTime.of(2026, 11, 27, 8, 0), "dpo", 3L, "CHANNEL", "42",
                "Name\nUPDATE", "X", null, null, ChainHash.GENESIS);
        AuditEntry b = new AuditEntry(7, LocalDateTime.of(2026, 11, 27, 8, 0), "dpo", 3L, "CHANNEL", "42",
                "Name", "UPDATE\nX", null, null, ChainHash.GENESIS);
        assertNotEquals(ChainHash.of(a), ChainHash.of(b));
        hashVersion(a, (short) 1);
        hashVersion(b, (short) 1);
        assertEquals(ChainHash.of(a), ChainHash.of(b), "the weakness of version 1 that version 2 removes");
        AuditEntry empty = new AuditEntry(7, LocalDateTime.of(2026, 11, 27, 8, 0), "dpo", 3L, "CHANNEL", "42",
                "", "X", null, null, ChainHash.GENESIS);
        AuditEntry absent = new AuditEntry(7, LocalDateTime.of(2026, 11, 27, 8, 0), "dpo", 3L, "CHANNEL", "42",
                null, "X", null, null, ChainHash.GENESIS);
        assertNotEquals(ChainHash.of(empty), ChainHash.of(absent), "an empty field is not an absent one");
    }

    private static void hashVersion(AuditEntry entry, short version) throws ReflectiveOperationException {
        var field = AuditEntry.class.getDeclaredField("hashVersion");
        field.setAccessible(true);
        field.setShort(entry, version);
    }

    @Test
    void theGenesisIsSixtyFourZeros() {
        assertEquals("0".repeat(64), ChainHash.GENESIS);
    }
}
