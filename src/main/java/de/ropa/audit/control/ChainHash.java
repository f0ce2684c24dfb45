package de.ropa.audit.control;

import de.ropa.audit.entity.AuditEntry;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.function.Consumer;
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
    private static final byte[] COMMA = {','};
    /** Fields of at least this many characters are encoded a piece at a time. */
    private static final int PIECE = 1 << 16;

    private ChainHash() {
    }

    public static String of(AuditEntry entry) {
        MessageDigest digest = sha256();
        if (entry.getHashVersion() == 1) {
            digest.update(joinedByLines(entry).getBytes(StandardCharsets.UTF_8));
        } else {
            lengthPrefixed(entry, digest::update);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static Stream<String> fields(AuditEntry entry) {
        Stream<String> fields = Stream.of(Long.toString(entry.getSeq()),
                DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(entry.getOccurredAt()), entry.getActor(),
                entry.getOrganisationId() == null ? null : entry.getOrganisationId().toString(), entry.getObjectKind(),
                entry.getObjectId(), entry.getObjectName(), entry.getAction(), entry.getBeforeValue(), entry.getAfterValue(),
                entry.getPrevHash());
        return entry.getHashVersion() < 3 ? fields : Stream.concat(fields, Stream.of(Short.toString(entry.getSnapshotVersion())));
    }

    /**
     * Hands the length-prefixed fields over piece by piece: an import's entry holds the whole register document, and
     * the digest need not see it copied into one array first.
     */
    private static void lengthPrefixed(AuditEntry entry, Consumer<byte[]> out) {
        out.accept(("ropa-trail-v" + entry.getHashVersion() + ",").getBytes(StandardCharsets.US_ASCII));
        fields(entry).forEach(field -> {
            if (field == null) {
                out.accept("-,".getBytes(StandardCharsets.US_ASCII));
            } else if (field.length() < PIECE) {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                out.accept((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                out.accept(bytes);
                out.accept(COMMA);
            } else {
                out.accept((utf8Length(field) + ":").getBytes(StandardCharsets.US_ASCII));
                utf8InPieces(field, out);
                out.accept(COMMA);
            }
        });
    }

    /** The length of {@code text} in UTF-8 as {@link String#getBytes} writes it (a lone surrogate as '?'). */
    static long utf8Length(String text) {
        long length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                length += 1;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                length += 4;
                i++;
            } else {
                length += Character.isSurrogate(c) ? 1 : 3;
            }
        }
        return length;
    }

    /**
     * {@code text} in UTF-8, the same bytes as {@link String#getBytes}, handed over a piece at a time: the UTF-8 of an
     * imported register's 75 MB document would otherwise be allocated at twice its length before being cut to size.
     */
    private static void utf8InPieces(String text, Consumer<byte[]> out) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer chars = CharBuffer.wrap(text);
        ByteBuffer bytes = ByteBuffer.allocate(PIECE * 4);
        boolean done = false;
        while (!done) {
            CoderResult result = encoder.encode(chars, bytes, true);
            done = result.isUnderflow() && encoder.flush(bytes).isUnderflow();
            out.accept(java.util.Arrays.copyOf(bytes.array(), bytes.position()));
            bytes.clear();
        }
    }

    private static String joinedByLines(AuditEntry entry) {
        return String.join("\n", fields(entry).map(field -> field == null ? "" : field).toList());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
