package de.ropa.audit.control;

import de.ropa.audit.entity.AuditEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/** SHA-256 over every field of an entry and the previous entry's hash: change one byte and the chain breaks there. */
public final class ChainHash {

    public static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    public static String of(AuditEntry entry) {
        String text = String.join("\n", Long.toString(entry.getSeq()),
                DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(entry.getOccurredAt()), entry.getActor(),
                entry.getOrganisationId() == null ? "" : entry.getOrganisationId().toString(), entry.getObjectKind(),
                entry.getObjectId(), nullToEmpty(entry.getObjectName()), entry.getAction(),
                nullToEmpty(entry.getBeforeValue()), nullToEmpty(entry.getAfterValue()), entry.getPrevHash());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
