package de.ropa.spreadsheets.control;

import de.ropa.platform.i18n.Text;

/**
 * A cell the import could not take, and why: {@code cell} is where it is ('Tätigkeiten'!C5, or a whole row as
 * 'Tabelle1'!7), {@code heading} the column's heading, {@code value} what the cell holds.
 */
public record CellProblem(String cell, String heading, String value, Text reason) implements java.io.Serializable {

    /** A cell's value in a problem is cut short: a problem list is read, not a copy of the sheet. */
    public CellProblem {
        value = value == null ? "" : value.length() > 200 ? value.substring(0, 200) + "…" : value;
        // a heading broken over lines ("Verarbeitungs-\ntätigkeit") is shown as one line, its words whole
        heading = heading == null ? "" : heading.replaceAll("(\\p{Ll})-\\s*\\R\\s*(\\p{Ll})", "$1$2").replaceAll("\\s+", " ").strip();
    }
}
