package de.ropa.reports.control;

import java.util.List;

/**
 * One line of a report as the template reads it: the part and section it belongs to (their titles start a
 * page or a heading), what kind of line it is, and up to four texts. {@code target} is the anchor a
 * contents line links to. A table's rows carry their table ({@code table}, a key per table) and its header, which the
 * template prints above the first row and again at the top of every page the table continues on.
 */
public record ReportLine(String part, String partTitle, String section, String sectionTitle, Kind kind,
                         String a, String b, String c, String d, String target, String table, List<String> head) {

    ReportLine(String part, String partTitle, String section, String sectionTitle, Kind kind, String a, String b, String c,
               String d, String target) {
        this(part, partTitle, section, sectionTitle, kind, a, b, c, d, target, null, List.of());
    }

    /** The detail bands of reports/document.jrxml. */
    public enum Kind {
        /** a: title, b: subtitle, c: organisation */
        TITLE,
        /** a framed block; a: heading, b: text */
        BOX,
        /** a: label, b: value */
        FIELD,
        /** a sub-heading inside a section */
        SUB,
        /** a paragraph */
        TEXT,
        /** a table's rows, four columns (the header travels with them) */
        ROW,
        /** a table's rows, three columns */
        ROW3,
        /** contents entries for a part and for a section; b: page number */
        TOC1, TOC2,
        /** vertical space */
        GAP
    }

    Object field(String name) {
        return switch (name) {
            case "part" -> part;
            case "partTitle" -> partTitle;
            case "section" -> section;
            case "sectionTitle" -> sectionTitle;
            case "kind" -> kind.name();
            case "a" -> a;
            case "b" -> b;
            case "c" -> c;
            case "d" -> d;
            case "target" -> target;
            case "table" -> table;
            case "h1", "h2", "h3", "h4" -> head.size() > name.charAt(1) - '1' ? head.get(name.charAt(1) - '1') : null;
            default -> throw new IllegalArgumentException("the report template asks for an unknown field " + name);
        };
    }
}
