package de.ropa.spreadsheets.control;

import de.ropa.platform.i18n.Text;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a sheet reader made of a file: the register document its rows make, every row with its problems, and where in
 * the file each property of the document came from, so that a problem found later (a rule of a service) is shown at
 * the cell it came from.
 */
public final class ImportReading {

    private final List<ImportRow> rows = new ArrayList<>();
    private final List<CellProblem> fileProblems = new ArrayList<>();
    private final Map<String, Origin> origins = new HashMap<>();
    private final List<String> ignoredColumns = new ArrayList<>();
    /** Every heading and form label read, comparable: they tell which template the file follows. */
    private final java.util.Set<String> headings = new java.util.HashSet<>();
    private JsonObject document;

    /** Where a property came from: its row and, for a property of its own, its cell. */
    private record Origin(ImportRow row, String cell, String heading, String value) {
    }

    public ImportRow row(String sheet, int row, String reference, ImportRow.RowKind kind) {
        ImportRow added = new ImportRow(sheet, row + 1, reference, kind);
        rows.add(added);
        return added;
    }

    /** The path of an entry (activities[3]) or of one of its properties (activities[3].purposes[0].legalBasis). */
    public void origin(String path, ImportRow row, String cell, String heading, String value) {
        origins.put(path, new Origin(row, cell, heading, value));
    }

    /** A problem of the document's property at {@code path}, shown at the cell (or row) it came from. */
    public void problemAt(String path, Text reason) {
        String p = path;
        while (!p.isEmpty()) {
            Origin origin = origins.get(p);
            if (origin != null) {
                origin.row().problems().add(new CellProblem(origin.cell(), origin.heading(), origin.value(), reason));
                return;
            }
            p = p.replaceFirst("(\\.[^.\\[]*|\\[\\d+])$", "");
        }
        fileProblems.add(new CellProblem("", path, "", reason));
    }

    public void fileProblem(CellProblem problem) {
        fileProblems.add(problem);
    }

    /** A column (or an organisation's line) the import does not know: shown in the preview, not an error. */
    public void ignored(String sheet, String heading) {
        String column = sheet + ": " + CellValues.oneLine(heading);
        if (!ignoredColumns.contains(column)) {
            ignoredColumns.add(column);
        }
    }

    public void heading(String heading) {
        headings.add(CellValues.comparable(CellValues.oneLine(heading).replaceAll("\\s*\\(.*?\\)", "")));
    }

    public java.util.Set<String> headings() {
        return headings;
    }

    public List<String> ignoredColumns() {
        return ignoredColumns;
    }

    public List<ImportRow> rows() {
        return rows;
    }

    public List<CellProblem> fileProblems() {
        return fileProblems;
    }

    public boolean hasProblems() {
        return !fileProblems.isEmpty() || rows.stream().anyMatch(r -> !r.problems().isEmpty());
    }

    public JsonObject document() {
        return document;
    }

    public void document(JsonObject document) {
        this.document = document;
    }
}
