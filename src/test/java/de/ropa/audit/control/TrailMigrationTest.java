package de.ropa.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.ropa.audit.entity.AuditEntry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A trail written before schema version 9 (hash version 2, no snapshot version) still verifies after the migration
 * to the current schema, and entries written after it (hash version 3) continue the same chain.
 */
class TrailMigrationTest {

    private static final String URL = "jdbc:h2:mem:trail-migration;DB_CLOSE_DELAY=-1";

    @Test
    void aTrailOfSchemaVersion8VerifiesAfterTheMigrationAndGoesOn() throws Exception {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").target("8").load().migrate();
        try (Connection db = DriverManager.getConnection(URL, "sa", "")) {
            String previous = ChainHash.GENESIS;
            previous = insertVersion8(db, entry(1, "CREATE", null, "{\"name\":\"WhatsApp Business\"}", previous));
            previous = insertVersion8(db, entry(2, "UPDATE", "{\"name\":\"WhatsApp Business\"}", "{\"name\":\"Signal\"}", previous));

            Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();

            List<AuditEntry> migrated = read(db);
            assertEquals(List.of((short) 1, (short) 1), migrated.stream().map(AuditEntry::getSnapshotVersion).toList(),
                    "entries from before snapshot versions recorded the API's shape: version 1");
            assertEquals(List.of(), brokenLinks(migrated), "the migrated chain verifies");

            AuditEntry after = new AuditEntry(3, LocalDateTime.of(2026, 11, 29, 9, 0), "dpo", 7L, "CHANNEL", "42", "Signal",
                    "DELETE", "{\"name\":\"Signal\"}", null, (short) 1, previous);
            after.seal(ChainHash.of(after));
            insert(db, after, 3);
            List<AuditEntry> continued = read(db);
            assertEquals(3, continued.get(2).getHashVersion());
            assertEquals(List.of(), brokenLinks(continued), "new entries continue the same chain");

            try (Statement sql = db.createStatement()) {
                sql.executeUpdate("UPDATE audit_entry SET snapshot_version = 2 WHERE seq = 3");
            }
            assertEquals(List.of(3L), brokenLinks(read(db)), "a changed snapshot version breaks a version 3 entry");
            try (Statement sql = db.createStatement()) {
                sql.executeUpdate("UPDATE audit_entry SET snapshot_version = 1 WHERE seq = 3");
                sql.executeUpdate("UPDATE audit_entry SET snapshot_version = 2 WHERE seq = 1");
            }
            assertEquals(List.of(1L), brokenLinks(read(db)), "an entry from before version 9 keeps snapshot version 1");
        }
    }

    private static AuditEntry entry(long seq, String action, String before, String after, String previous) throws Exception {
        AuditEntry entry = new AuditEntry(seq, LocalDateTime.of(2026, 11, 28, 10, 0).plusMinutes(seq), "dpo", 7L, "CHANNEL",
                "42", "Kundenkontakt", action, before, after, (short) 1, previous);
        set(entry, "hashVersion", (short) 2);
        entry.seal(ChainHash.of(entry));
        return entry;
    }

    /** As schema version 8 stored an entry: without a snapshot version column. */
    private static String insertVersion8(Connection db, AuditEntry e) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO audit_entry (seq, occurred_at, actor, organisation_id,"
                + " object_kind, object_id, object_name, action, before_value, after_value, prev_hash, hash, hash_version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bind(insert, e);
            insert.setShort(13, e.getHashVersion());
            insert.executeUpdate();
        }
        return e.getHash();
    }

    private static void insert(Connection db, AuditEntry e, long seq) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO audit_entry (seq, occurred_at, actor, organisation_id,"
                + " object_kind, object_id, object_name, action, before_value, after_value, prev_hash, hash, hash_version,"
                + " snapshot_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bind(insert, e);
            insert.setShort(13, e.getHashVersion());
            insert.setShort(14, e.getSnapshotVersion());
            insert.executeUpdate();
        }
    }

    private static void bind(PreparedStatement insert, AuditEntry e) throws SQLException {
        insert.setLong(1, e.getSeq());
        insert.setTimestamp(2, Timestamp.valueOf(e.getOccurredAt()));
        insert.setString(3, e.getActor());
        insert.setLong(4, e.getOrganisationId());
        insert.setString(5, e.getObjectKind());
        insert.setString(6, e.getObjectId());
        insert.setString(7, e.getObjectName());
        insert.setString(8, e.getAction());
        insert.setString(9, e.getBeforeValue());
        insert.setString(10, e.getAfterValue());
        insert.setString(11, e.getPrevHash());
        insert.setString(12, e.getHash());
    }

    private static List<AuditEntry> read(Connection db) throws Exception {
        List<AuditEntry> entries = new ArrayList<>();
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery("SELECT * FROM audit_entry ORDER BY seq")) {
            while (rows.next()) {
                AuditEntry entry = new AuditEntry(rows.getLong("seq"), rows.getTimestamp("occurred_at").toLocalDateTime(),
                        rows.getString("actor"), rows.getLong("organisation_id"), rows.getString("object_kind"),
                        rows.getString("object_id"), rows.getString("object_name"), rows.getString("action"),
                        rows.getString("before_value"), rows.getString("after_value"), rows.getShort("snapshot_version"),
                        rows.getString("prev_hash"));
                set(entry, "hashVersion", rows.getShort("hash_version"));
                entry.seal(rows.getString("hash"));
                entries.add(entry);
            }
        }
        return entries;
    }

    /** The entries the product's verifier finds wrong in their place in the chain. */
    private static List<Long> brokenLinks(List<AuditEntry> entries) {
        List<Long> broken = new ArrayList<>();
        String previous = ChainHash.GENESIS;
        for (int i = 0; i < entries.size(); i++) {
            if (ChainVerifier.problem(entries.get(i), i + 1, previous) != null) {
                broken.add(entries.get(i).getSeq());
            }
            previous = entries.get(i).getHash();
        }
        return broken;
    }

    private static void set(AuditEntry entry, String field, short value) throws ReflectiveOperationException {
        var declared = AuditEntry.class.getDeclaredField(field);
        declared.setAccessible(true);
        declared.setShort(entry, value);
    }
}
