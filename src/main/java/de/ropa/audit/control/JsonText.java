package de.ropa.audit.control;

import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The text of a JSON value for the trail, built in its final size: the value is written twice, the first time only
 * counted, so that no buffer grows and copies while tens of megabytes (an imported register) are written. A large
 * text is also kept in one byte per character: Java holds a text with a single character beyond Latin-1 (an en dash)
 * in two bytes per character, so in a large text those characters are written as JSON escapes ({@code \u2013}), which
 * every JSON reader reads as the same character. Texts below {@value #LARGE} characters are kept as written.
 */
final class JsonText {

    static final int LARGE = 1 << 20;

    private JsonText() {
    }

    /** {@code write} writes the JSON to the writer it is given; it is called twice and must write the same both times. */
    static String of(Consumer<Writer> write) {
        Counted counted = new Counted();
        write.accept(counted);
        if (counted.chars < LARGE) {
            StringWriter kept = new StringWriter((int) counted.chars);
            write.accept(kept);
            return kept.toString();
        }
        long size = counted.chars + 5 * counted.beyondLatin1;
        if (size > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("a JSON value of " + size + " characters is too large for the trail");
        }
        Latin1 latin1 = new Latin1(new byte[(int) size]);
        write.accept(latin1);
        if (latin1.length != size) {
            throw new IllegalStateException("the JSON value was written differently the second time");
        }
        return new String(latin1.bytes, StandardCharsets.ISO_8859_1);
    }

    /** Counts the characters written to it, and those beyond Latin-1 apart. */
    private static final class Counted extends Writer {

        private long chars;
        private long beyondLatin1;

        @Override
        public void write(char[] text, int offset, int length) {
            chars += length;
            for (int i = offset; i < offset + length; i++) {
                if (text[i] > 0xFF) {
                    beyondLatin1++;
                }
            }
        }

        @Override
        public void flush() {
            // nothing is kept
        }

        @Override
        public void close() {
            // nothing is kept
        }
    }

    /** Keeps the text in Latin-1 bytes, a character beyond Latin-1 as its JSON escape. */
    private static final class Latin1 extends Writer {

        private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

        private final byte[] bytes;
        private int length;

        Latin1(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public void write(char[] text, int offset, int count) {
            for (int i = offset; i < offset + count; i++) {
                char c = text[i];
                if (c <= 0xFF) {
                    bytes[length++] = (byte) c;
                } else {
                    bytes[length++] = '\\';
                    bytes[length++] = 'u';
                    bytes[length++] = HEX[(c >> 12) & 0xF];
                    bytes[length++] = HEX[(c >> 8) & 0xF];
                    bytes[length++] = HEX[(c >> 4) & 0xF];
                    bytes[length++] = HEX[c & 0xF];
                }
            }
        }

        @Override
        public void flush() {
            // kept in memory
        }

        @Override
        public void close() {
            // kept in memory
        }
    }
}
