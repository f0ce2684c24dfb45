package de.ropa.reports.control;

import de.ropa.platform.i18n.Languages;
import de.ropa.reports.control.ReportLine.Kind;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * A report's content, written top to bottom: parts (each on a new page), sections inside them, and lines.
 * Empty values print as a dash, so that a field left open is visible as open. A contents part, when asked
 * for, lists every titled part and section with the page the renderer found it on.
 */
public final class ReportDocument {

    static final String EMPTY = "—";

    private final String title;
    private final String organisation;
    private final String state;
    private final Locale locale;
    private final ZoneId zone;
    private String trail;
    private LineSpool lines = new LineSpool();
    /** The contents' entries, gathered as the parts and sections after the contents are written. */
    private final List<ReportLine> contents = new ArrayList<>();
    private String lastPart;
    private String lastSection;
    private String part = "start";
    private String partTitle;
    private String section = "start";
    private String sectionTitle;
    private int contentsAt = -1;
    private String contentsPart;
    private String contentsTitle;
    /** The table rows belong to now (none outside a table), its header, and how many tables there were. */
    private String table;
    private List<String> tableHead = List.of();
    private int tables;

    public ReportDocument(String title, String organisation, String state, Locale locale) {
        this(title, organisation, state, locale, Languages.TIME_ZONE);
    }

    /** A document in {@code locale} whose times read in {@code zone} (the organisation's). */
    public ReportDocument(String title, String organisation, String state, Locale locale, ZoneId zone) {
        this.title = title;
        this.organisation = organisation;
        this.state = state;
        this.locale = locale;
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Keeps only this many lines in memory, the rest in a temporary file (tests: a small document that spills). */
    ReportDocument keepInMemory(int count) {
        if (lines.size() > 0) {
            throw new IllegalStateException("set before the first line");
        }
        lines = new LineSpool(count);
        return this;
    }

    /** The newest audit trail entry the document reflects, printed in every footer. */
    public ReportDocument trail(String entry) {
        this.trail = entry;
        return this;
    }

    public String trail() {
        return trail;
    }

    /** Starts a part on a new page; a null title prints no heading (a cover sheet). */
    public ReportDocument part(String key, String heading) {
        part = key;
        partTitle = heading;
        table = null;
        section = key;
        sectionTitle = null;
        return this;
    }

    /** Starts a section with a heading, listed in the contents. */
    public ReportDocument section(String key, String heading) {
        table = null;
        section = key;
        sectionTitle = heading;
        return this;
    }

    /** Here comes a part listing the parts and sections that follow it, with their pages. */
    public ReportDocument contents(String key, String heading) {
        contentsAt = lines.size();
        contentsPart = key;
        contentsTitle = heading;
        return this;
    }

    public ReportDocument title(String heading, String subtitle, String name) {
        return add(Kind.TITLE, heading, subtitle, name, null);
    }

    public ReportDocument box(String heading, String text) {
        return add(Kind.BOX, heading, orDash(text), null, null);
    }

    public ReportDocument field(String label, String value) {
        return add(Kind.FIELD, label, orDash(value), null, null);
    }

    public ReportDocument sub(String heading) {
        return add(Kind.SUB, heading, null, null, null);
    }

    public ReportDocument text(String text) {
        return add(Kind.TEXT, orDash(text), null, null, null);
    }

    /** Starts a table of four columns with this header; the rows that follow belong to it. */
    public ReportDocument head(String a, String b, String c, String d) {
        return startTable(Kind.ROW, a, b, c, d);
    }

    public ReportDocument row(String a, String b, String c, String d) {
        return add(Kind.ROW, orDash(a), orDash(b), orDash(c), orDash(d));
    }

    /** Starts a table of three columns with this header. */
    public ReportDocument head(String a, String b, String c) {
        return startTable(Kind.ROW3, a, b, c, null);
    }

    private ReportDocument startTable(Kind rows, String a, String b, String c, String d) {
        float[] room = room(rows);
        List<String> head = new ArrayList<>();
        String[] texts = {a, b, c, d};
        for (int i = 0; i < room.length; i++) {
            head.add(java.util.Objects.requireNonNullElse(WordBreaks.fit(texts[i], room[i], true), ""));
        }
        table = "table-" + (++tables);
        tableHead = List.copyOf(head);
        return this;
    }

    public ReportDocument row(String a, String b, String c) {
        return add(Kind.ROW3, orDash(a), orDash(b), orDash(c), null);
    }

    public ReportDocument gap() {
        return add(Kind.GAP, null, null, null, null);
    }

    /**
     * The room for text in each column of a line of this kind, in points: the column widths of reports/document.jrxml
     * less the cells' padding and a little air (field values print at 9 pt, measured as 8.5 pt in a narrower column).
     */
    private static float[] room(Kind kind) {
        return switch (kind) {
            case ROW -> new float[] {157, 77, 107, 127};
            case ROW3 -> new float[] {192, 102, 182};
            case FIELD -> new float[] {157, 314};
            default -> null;
        };
    }

    private ReportDocument add(Kind kind, String a, String b, String c, String d) {
        float[] room = room(kind);
        if (room != null) {
            a = WordBreaks.fit(a, room[0], false);
            b = WordBreaks.fit(b, room[1], false);
            c = room.length > 2 ? WordBreaks.fit(c, room[2], false) : c;
            d = room.length > 3 ? WordBreaks.fit(d, room[3], false) : d;
        }
        boolean row = kind == Kind.ROW || kind == Kind.ROW3;
        if (!row) {
            table = null;
            tableHead = List.of();
        }
        // every other line is a group of its own: kept together, it moves only itself to the next page
        String group = row ? table : "line-" + lines.size();
        ReportLine line = new ReportLine(part, partTitle, section, sectionTitle, kind, a, b, c, d, null, group, tableHead);
        if (hasContents()) {
            listInContents(line);
        }
        lines.add(line);
        return this;
    }

    private void listInContents(ReportLine line) {
        if (line.partTitle() != null && !line.part().equals(lastPart)) {
            contents.add(entry(Kind.TOC1, line.partTitle(), line.part()));
        }
        if (line.sectionTitle() != null && !line.section().equals(lastSection)) {
            contents.add(entry(Kind.TOC2, line.sectionTitle(), line.section()));
        }
        lastPart = line.part();
        lastSection = line.section();
    }

    static String orDash(String value) {
        return value == null || value.isBlank() ? EMPTY : value;
    }

    public boolean hasContents() {
        return contentsAt >= 0;
    }

    /**
     * The lines to print, read once in order (the first lines, the contents, the rest); contents entries name their
     * anchor, whose page the template finds while it fills.
     */
    Iterator<ReportLine> lines() {
        Iterator<ReportLine> written = lines.iterator();
        if (!hasContents()) {
            return written;
        }
        return new Iterator<>() {
            private int index;
            private final Iterator<ReportLine> entries = contents.iterator();

            @Override
            public boolean hasNext() {
                return written.hasNext() || entries.hasNext();
            }

            @Override
            public ReportLine next() {
                ReportLine line = index >= contentsAt && entries.hasNext() ? entries.next() : written.next();
                index++;
                return line;
            }
        };
    }

    /** Deletes what the document keeps outside memory (a large document's lines): it is not rendered again. */
    public void discard() {
        lines.close();
    }

    private ReportLine entry(Kind kind, String heading, String anchor) {
        return new ReportLine(contentsPart, contentsTitle, contentsPart, null, kind, heading, null, null, null, anchor);
    }

    public String title() {
        return title;
    }

    public String organisation() {
        return organisation;
    }

    public String state() {
        return state;
    }

    public Locale locale() {
        return locale;
    }

    /** How many lines the template fills, contents excluded. */
    public int size() {
        return lines.size();
    }
}
