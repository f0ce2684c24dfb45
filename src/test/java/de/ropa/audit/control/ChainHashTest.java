package de.ropa.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import de.ropa.audit.entity.AuditEntry;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ChainHashTest {

    private static AuditEntry entry(String actor, String after, String prevHash) {
        return new AuditEntry(7, LocalDateTime.of(2026, 11, 27, 8, 15, 30, 123_000_000), actor, 3L, "CHANNEL", "42",
                "Signal – Leitung", "UPDATE", "{\"name\":\"alt\"}", after, (short) 1, prevHash);
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
                "Name\nUPDATE", "X", null, null, (short) 1, ChainHash.GENESIS);
        AuditEntry b = new AuditEntry(7, LocalDateTime.of(2026, 11, 27, 8, 0), "dpo", 3L, "CHANNEL", "42",
                "Name", "UPDATE\nX", null, null, (short) 1, ChainHash.GENESIS);
        assertNotEquals(ChainHash.of(a), ChainHash.of(b));
        hashVersion(a, (short) 1);
        hashVersion(b, (short) 1);
        assertEquals(ChainHash.of(a), ChainHash.of(b), "the weakness of version 1 that version 2 removes");
        AuditEntry empty = new AuditEntry(7, LocalDateTime.of(2026, 11, 27, 8, 0), "dpo", 3L, "CHANNEL", "42",
                "", "X", null, null, (short) 1, ChainHash.GENESIS);
        AuditEntry absent = new AuditEntry(7, LocalDateTime.of(2026, 11, 27, 8, 0), "dpo", 3L, "CHANNEL", "42",
                null, "X", null, null, (short) 1, ChainHash.GENESIS);
        assertNotEquals(ChainHash.of(empty), ChainHash.of(absent), "an empty field is not an absent one");
    }

    @Test
    void versionThreeAlsoCoversTheSnapshotVersion() throws Exception {
        AuditEntry entry = entry("dpo", "{\"name\":\"neu\"}", ChainHash.GENESIS);
        // computed outside Java: 'ropa-trail-v3,' and the fields length-prefixed, the snapshot version last
        assertEquals("3a1674e02d14768135a501c5d05b9b1aec82209461406e55db650f1a364f60b8", ChainHash.of(entry));
        AuditEntry reshaped = entry("dpo", "{\"name\":\"neu\"}", ChainHash.GENESIS);
        setShort(reshaped, "snapshotVersion", (short) 2);
        assertNotEquals(ChainHash.of(entry), ChainHash.of(reshaped), "the shape of the values is part of what is sealed");
    }

    @Test
    void entriesWrittenWithVersionTwoStillHashAsTheyWereWritten() throws Exception {
        AuditEntry entry = entry("dpo", "{\"name\":\"neu\"}", ChainHash.GENESIS);
        hashVersion(entry, (short) 2);
        // computed outside Java: 'ropa-trail-v2,' and the eleven fields length-prefixed, as version 2 wrote them
        assertEquals("2500f435f1eb54ebc269f0f1b198e95e8f6d07976528336de66014a95d638cda", ChainHash.of(entry));
        setShort(entry, "snapshotVersion", (short) 2);
        assertEquals("2500f435f1eb54ebc269f0f1b198e95e8f6d07976528336de66014a95d638cda", ChainHash.of(entry),
                "the snapshot version, added later, is not part of a version 2 hash");
    }

    @Test
    void aLongValueHashesAsItsWholeUtf8Would() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 300_000; i++) {
            text.append("{\"name\":\"Tätigkeit ").append(i).append(" – „Chat“ 😀 ß\"},");
        }
        text.append("\ud800 a lone surrogate, and ä at the very end");
        String value = text.toString();
        AuditEntry entry = entry("dpo", value, ChainHash.GENESIS);

        java.security.MessageDigest whole = java.security.MessageDigest.getInstance("SHA-256");
        byte[] utf8 = value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        whole.update(("ropa-trail-v3,1:7,23:2026-11-27T08:15:30.123,3:dpo,1:3,7:CHANNEL,2:42,")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        whole.update(("18:Signal – Leitung,6:UPDATE,14:{\"name\":\"alt\"}," + utf8.length + ":")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        whole.update(utf8);
        whole.update(("," + "64:" + ChainHash.GENESIS + ",1:1,").getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertEquals(utf8.length, ChainHash.utf8Length(value));
        assertEquals(java.util.HexFormat.of().formatHex(whole.digest()), ChainHash.of(entry));
    }

    private static void hashVersion(AuditEntry entry, short version) throws ReflectiveOperationException {
        setShort(entry, "hashVersion", version);
    }

    private static void setShort(AuditEntry entry, String name, short value) throws ReflectiveOperationException {
        var field = AuditEntry.class.getDeclaredField(name);
        field.setAccessible(true);
        field.setShort(entry, value);
    }

    @Test
    void theGenesisIsSixtyFourZeros() {
        assertEquals("0".repeat(64), ChainHash.GENESIS);
    }
}
