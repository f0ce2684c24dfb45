package de.ropa.audit.control;

import de.ropa.audit.entity.AuditEntry;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * SHA-256 over every field of an entry and the previous entry's hash: change one byte and the chain breaks there.
 * Version 2 (since schema version 8) writes each field as its UTF-8 length in bytes, a colon, the bytes and a
 * comma, and an absent field as {@code -,}: a field's text can no longer pose as a boundary between two fields.
 * Version 3 (since schema version 9) appends the snapshot version, the shape of before and after.
 * Versions 1 (fields joined by line breaks) and 2 are kept for the entries written with them.
 */
public final class ChainHash {

    public static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    public static String of(AuditEntry entry) {
        return entry.getHashVersion() == 1 ? sha256(joinedByLines(entry).getBytes(StandardCharsets.UTF_8))
                : sha256(lengthPrefixed(entry));
    }

    private static Stream<String> fields(AuditEntry entry) {
        Stream<String> fields = Stream.of(Long.toString(entry.getSeq()),
                DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(entry.getOccurredAt()), entry.getActor(),
                entry.getOrganisationId() == null ? null : entry.getOrganisationId().toString(), entry.getObjectKind(),
                entry.getObjectId(), entry.getObjectName(), entry.getAction(), entry.getBeforeValue(), entry.getAfterValue(),
                entry.getPrevHash());
        return entry.getHashVersion() < 3 ? fields : Stream.concat(fields, Stream.of(Short.toString(entry.getSnapshotVersion())));
    }

    static byte[] lengthPrefixed(AuditEntry entry) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("ropa-trail-v" + entry.getHashVersion() + ",").getBytes(StandardCharsets.US_ASCII));
        fields(entry).forEach(field -> {
            if (field == null) {
                out.writeBytes("-,".getBytes(StandardCharsets.US_ASCII));
            } else {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                out.writeBytes(bytes);
                out.write(',');
            }
        });
        return out.toByteArray();
    }

    private static String joinedByLines(AuditEntry entry) {
        return String.join("\n", fields(entry).map(field -> field == null ? "" : field).toList());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
