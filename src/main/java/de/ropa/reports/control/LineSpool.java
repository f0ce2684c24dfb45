package de.ropa.reports.control;

import de.ropa.reports.control.ReportLine.Kind;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A document's lines in the order they were written: the first {@value #IN_MEMORY} in memory, the rest in a temporary
 * file. A register of 50,000 activities has some two million lines, which held as objects took most of a 512 MB heap
 * while the PDF was filled. In the file, what a line shares with the line before (its part, section, table and
 * header) is written once. The file goes when the spool is closed, or at the latest when the spool is no longer
 * reachable.
 */
final class LineSpool implements Iterable<ReportLine>, AutoCloseable {

    static final int IN_MEMORY = 20_000;

    private static final Cleaner CLEANER = Cleaner.create();

    /** Bits of the fields a spooled line shares with the line before it. */
    private static final int SAME_PART = 1;
    private static final int SAME_PART_TITLE = 2;
    private static final int SAME_SECTION = 4;
    private static final int SAME_SECTION_TITLE = 8;
    private static final int SAME_TABLE = 16;
    private static final int SAME_HEAD = 32;

    private final int inMemory;
    private final List<ReportLine> kept = new ArrayList<>();
    private Spilled spilled;
    private Cleaner.Cleanable cleanable;
    private ReportLine previous;
    private int size;

    LineSpool() {
        this(IN_MEMORY);
    }

    LineSpool(int inMemory) {
        this.inMemory = inMemory;
    }

    void add(ReportLine line) {
        Objects.requireNonNull(line);
        size++;
        if (kept.size() < inMemory) {
            kept.add(line);
            return;
        }
        try {
            if (spilled == null) {
                spilled = new Spilled(Files.createTempFile("ropa-lines-", ".bin"));
                cleanable = CLEANER.register(this, spilled);
            }
            if (spilled.out == null) {
                throw new IllegalStateException("the document's lines were already read: nothing can be added");
            }
            write(spilled.out, line, previous);
            previous = line;
        } catch (IOException e) {
            throw new UncheckedIOException("the report's lines could not be written to a temporary file", e);
        }
    }

    int size() {
        return size;
    }

    /** The lines in order; the file, if any, is read afresh each time. */
    @Override
    public Iterator<ReportLine> iterator() {
        if (spilled == null) {
            return kept.iterator();
        }
        try {
            spilled.finishWriting();
            DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(spilled.file), 1 << 16));
            return new Reading(kept.iterator(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("the report's lines could not be read from their temporary file", e);
        }
    }

    @Override
    public void close() {
        if (cleanable != null) {
            cleanable.clean();
        }
    }

    private static void write(DataOutputStream out, ReportLine line, ReportLine before) throws IOException {
        int same = 0;
        if (before != null) {
            same |= Objects.equals(line.part(), before.part()) ? SAME_PART : 0;
            same |= Objects.equals(line.partTitle(), before.partTitle()) ? SAME_PART_TITLE : 0;
            same |= Objects.equals(line.section(), before.section()) ? SAME_SECTION : 0;
            same |= Objects.equals(line.sectionTitle(), before.sectionTitle()) ? SAME_SECTION_TITLE : 0;
            same |= Objects.equals(line.table(), before.table()) ? SAME_TABLE : 0;
            same |= line.head().equals(before.head()) ? SAME_HEAD : 0;
        }
        out.writeByte(same);
        out.writeByte(line.kind().ordinal());
        writeUnless(out, same, SAME_PART, line.part());
        writeUnless(out, same, SAME_PART_TITLE, line.partTitle());
        writeUnless(out, same, SAME_SECTION, line.section());
        writeUnless(out, same, SAME_SECTION_TITLE, line.sectionTitle());
        writeUnless(out, same, SAME_TABLE, line.table());
        if ((same & SAME_HEAD) == 0) {
            out.writeShort(line.head().size());
            for (String heading : line.head()) {
                writeText(out, heading);
            }
        }
        writeText(out, line.a());
        writeText(out, line.b());
        writeText(out, line.c());
        writeText(out, line.d());
        writeText(out, line.target());
    }

    private static void writeUnless(DataOutputStream out, int same, int bit, String text) throws IOException {
        if ((same & bit) == 0) {
            writeText(out, text);
        }
    }

    /** Length in UTF-8 bytes (-1 for none), then the bytes: a field can be longer than writeUTF's 64 kB. */
    private static void writeText(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readText(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static ReportLine read(DataInputStream in, ReportLine before) throws IOException {
        int same = in.readUnsignedByte();
        Kind kind = Kind.values()[in.readUnsignedByte()];
        String part = (same & SAME_PART) != 0 ? before.part() : readText(in);
        String partTitle = (same & SAME_PART_TITLE) != 0 ? before.partTitle() : readText(in);
        String section = (same & SAME_SECTION) != 0 ? before.section() : readText(in);
        String sectionTitle = (same & SAME_SECTION_TITLE) != 0 ? before.sectionTitle() : readText(in);
        String table = (same & SAME_TABLE) != 0 ? before.table() : readText(in);
        List<String> head;
        if ((same & SAME_HEAD) != 0) {
            head = before.head();
        } else {
            int count = in.readUnsignedShort();
            List<String> headings = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                headings.add(readText(in));
            }
            head = List.copyOf(headings);
        }
        return new ReportLine(part, partTitle, section, sectionTitle, kind, readText(in), readText(in), readText(in),
                readText(in), readText(in), table, head);
    }

    /** The temporary file and its stream while lines are written; deleting it is the spool's cleaning action. */
    private static final class Spilled implements Runnable {

        private final Path file;
        private DataOutputStream out;

        Spilled(Path file) throws IOException {
            this.file = file;
            this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        }

        void finishWriting() throws IOException {
            if (out != null) {
                out.close();
                out = null;
            }
        }

        @Override
        public void run() {
            try {
                finishWriting();
            } catch (IOException ignored) {
                // the file is deleted all the same
            }
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind is removed with the temporary directory
            }
        }
    }

    /** The lines kept in memory, then those in the file, one at a time; the file is closed after the last. */
    private static final class Reading implements Iterator<ReportLine> {

        private final Iterator<ReportLine> kept;
        private final DataInputStream in;
        private ReportLine before;
        private ReportLine next;
        private boolean ended;

        Reading(Iterator<ReportLine> kept, DataInputStream in) {
            this.kept = kept;
            this.in = in;
        }

        @Override
        public boolean hasNext() {
            if (next != null) {
                return true;
            }
            if (kept.hasNext()) {
                next = kept.next();
                return true;
            }
            if (ended) {
                return false;
            }
            try {
                next = read(in, before);
                before = next;
                return true;
            } catch (EOFException end) {
                ended = true;
                closeQuietly();
                return false;
            } catch (IOException e) {
                closeQuietly();
                throw new UncheckedIOException("the report's lines could not be read from their temporary file", e);
            }
        }

        @Override
        public ReportLine next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ReportLine line = next;
            next = null;
            return line;
        }

        private void closeQuietly() {
            try {
                in.close();
            } catch (IOException ignored) {
                // read to the end already
            }
        }
    }
}
