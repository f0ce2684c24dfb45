package de.ropa.spreadsheets.control;

import java.util.List;

/**
 * One sheet of an uploaded file as the text of its cells: a merged cell's text stands in every cell it covers, a date
 * cell reads as an ISO date, rows and columns count from 0.
 */
public record Sheet(String name, List<List<String>> rows) {

    public Sheet {
        rows = rows.stream().map(List::copyOf).toList();
    }

    public String text(int row, int column) {
        if (row < 0 || row >= rows.size() || column < 0 || column >= rows.get(row).size()) {
            return "";
        }
        String text = rows.get(row).get(column);
        return text == null ? "" : text;
    }

    public int width(int row) {
        return row < 0 || row >= rows.size() ? 0 : rows.get(row).size();
    }

    public boolean blank(int row) {
        return row < 0 || row >= rows.size() || rows.get(row).stream().allMatch(t -> t == null || t.isBlank());
    }

    /** Where a cell is, as a spreadsheet program names it: 'Tätigkeiten'!B7. */
    public String reference(int row, int column) {
        return (name.matches("[A-Za-z0-9_]+") ? name : "'" + name.replace("'", "''") + "'") + "!" + columnName(column) + (row + 1);
    }

    /** A, B, … Z, AA, AB … */
    public static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }
}
