package de.ropa.spreadsheets.boundary;

import de.ropa.spreadsheets.control.ActivityField;
import de.ropa.spreadsheets.control.ImportProfile;
import de.ropa.spreadsheets.control.ImportRow;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an uploaded spreadsheet would add to the register, row by row, with every cell the import cannot take. */
@Schema(name = "SpreadsheetPreview")
public record ImportPreview(
        @Schema(description = "The layout the file was read as") ImportProfile profile,
        @Schema(description = "True when nothing stands in the way: the import would store exactly what counts says") boolean ready,
        @Schema(description = "What the import would create per kind (channels and transfers named by the sheet included);"
                + " empty while there are problems") Map<String, Integer> counts,
        @Schema(description = "Every row (or form sheet) that states something, in the file's order") List<Row> rows,
        @Schema(description = "Problems of the file as a whole (no heading row, a missing sheet)") List<Problem> problems,
        @Schema(description = "The columns of each table and the field each is read as") List<Column> columns,
        @Schema(description = "Headings the import does not know and leaves out, as sheet: heading") List<String> ignored)
        implements java.io.Serializable {

    /** One row of the file and what becomes of it. */
    @Schema(name = "SpreadsheetPreviewRow")
    public record Row(
            @Schema(description = "Sheet and row as the spreadsheet program names them, e.g. 'Tabelle1'!7") String reference,
            String sheet,
            @Schema(description = "The row's number, from 1") int number,
            ImportRow.RowKind kind,
            @Schema(description = "The name the row gives its object") String name,
            @Schema(description = "OK, or PROBLEM when a cell of the row cannot be taken") String result,
            List<Problem> problems,
            @Schema(description = "What the import does beyond the row's own values, e.g. links an existing channel") List<String> notes)
            implements java.io.Serializable {
    }

    /** A cell that cannot be taken, and why. */
    @Schema(name = "SpreadsheetProblem")
    public record Problem(
            @Schema(description = "The cell, e.g. 'Tabelle1'!C7") String cell,
            @Schema(description = "The column's heading") String heading,
            @Schema(description = "What the cell holds (cut at 200 characters)") String value,
            @Schema(description = "Why it cannot be taken") String message) implements java.io.Serializable {
    }

    /** A table's column and the field it is read as. */
    @Schema(name = "SpreadsheetColumn")
    public record Column(String sheet, @Schema(description = "Column letter") String column, String heading,
                         @Schema(description = "The field the column is read as; absent when it is left out") ActivityField field)
            implements java.io.Serializable {
    }
}
