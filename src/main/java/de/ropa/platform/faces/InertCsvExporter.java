package de.ropa.platform.faces;

import de.ropa.platform.boundary.CsvCells;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.ColumnValue;
import org.primefaces.component.export.DataExporters;

/** The lists' CSV export with every cell made inert against formula injection ({@link CsvCells}). */
public class InertCsvExporter extends DataTableCSVExporter {

    @Override
    protected void exportCellValue(FacesContext context, DataTable table, UIColumn column, ColumnValue value, int index) {
        Object raw = value.getValue();
        super.exportCellValue(context, table, column,
                raw instanceof String text ? ColumnValue.of(CsvCells.inert(text)) : value, index);
    }

    /** Replaces PrimeFaces' CSV exporter for data tables when the application starts. */
    @ApplicationScoped
    public static class Registration {

        void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
            DataExporters.register(DataTable.class, InertCsvExporter.class, "csv");
        }
    }
}
