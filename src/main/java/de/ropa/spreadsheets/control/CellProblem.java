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
        heading = CellValues.oneLine(heading);
    }
}
