package de.ropa.platform.faces;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.EnumSet;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableExporter;
import org.primefaces.component.export.ColumnValue;
import org.primefaces.component.export.ExcelOptions;

/**
 * The lists' Excel export (type "xlsx"), written as it is read: rows go out to the file every
 * {@value #ROWS_HELD} rows, headings bold, every value as text (a value starting with = stays text, never a formula).
 * Replaces PrimeFaces' own Excel exporters, which need Apache POI's OOXML part (some 9 MB of the WAR).
 */
public class WorkbookListExporter extends DataTableExporter<WorkbookListExporter.Sheet, ExcelOptions> {

    private static final int ROWS_HELD = 200;

    /** The workbook being written and the row the next cells go into. */
    static final class Sheet {
        final Workbook workbook;
        final Worksheet cells;
        int row;

        Sheet(Workbook workbook, Worksheet cells) {
            this.workbook = workbook;
            this.cells = cells;
        }
    }

    /** Like the CSV export: the columns' headings, not the table's header (the search and these buttons). */
    public WorkbookListExporter() {
        super(new ExcelOptions(), EnumSet.of(FacetType.COLUMN), false);
    }

    @Override
    protected Sheet createDocument(FacesContext context) {
        Workbook workbook = new Workbook(os(), "ropa", null);
        String title = context.getApplication().getResourceBundle(context, "msg").getString("list.export.sheet");
        return new Sheet(workbook, workbook.newWorksheet(title));
    }

    @Override
    protected void exportColumnFacetValue(FacesContext context, DataTable table, ColumnValue value, int index) {
        document.cells.value(document.row, index, text(value));
        document.cells.style(document.row, index).bold().wrapText(true).verticalAlignment("top").set();
        document.cells.width(index, Math.min(60, Math.max(14, text(value).length() + 2)));
        if (document.row == 0) {
            document.cells.freezePane(0, 1);
        }
    }

    @Override
    protected void exportCellValue(FacesContext context, DataTable table, UIColumn column, ColumnValue value, int index) {
        document.cells.value(document.row, index, text(value));
        document.cells.style(document.row, index).wrapText(true).verticalAlignment("top").set();
    }

    @Override
    protected void postRowExport(FacesContext context, DataTable table) {
        document.row++;
        if (document.row % ROWS_HELD == 0) {
            try {
                document.cells.flush();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Override
    protected void postExport(FacesContext context) throws IOException {
        document.cells.finish();
        document.workbook.finish();
    }

    @Override
    public String getContentType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Override
    public String getFileExtension() {
        return ".xlsx";
    }

    private static String text(ColumnValue value) {
        Object raw = value == null ? null : value.getValue();
        return raw == null ? "" : raw.toString();
    }
}
