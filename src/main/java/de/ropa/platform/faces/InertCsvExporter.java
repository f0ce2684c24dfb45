package de.ropa.platform.faces;

import de.ropa.platform.boundary.CsvCells;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.concurrent.atomic.AtomicBoolean;
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

    /**
     * Replaces PrimeFaces' CSV and Excel exporters for data tables with the first Faces request (registered in
     * faces-config.xml: PrimeFaces keeps its exporters in an application context that cannot be created while
     * the application starts).
     */
    public static class Registration implements PhaseListener {

        private static final long serialVersionUID = 1L;
        private static final AtomicBoolean DONE = new AtomicBoolean();

        @Override
        public void beforePhase(PhaseEvent event) {
            if (DONE.compareAndSet(false, true)) {
                DataExporters.register(DataTable.class, InertCsvExporter.class, "csv");
                DataExporters.register(DataTable.class, WorkbookListExporter.class, "xlsx");
            }
        }

        @Override
        public void afterPhase(PhaseEvent event) {
            // nothing after the phase
        }

        @Override
        public PhaseId getPhaseId() {
            return PhaseId.RESTORE_VIEW;
        }
    }
}
