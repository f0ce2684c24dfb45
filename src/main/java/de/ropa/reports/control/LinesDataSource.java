package de.ropa.reports.control;

import java.util.Iterator;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

/** Feeds a report's lines to the template without reflection (a register can have hundreds of thousands), in one pass. */
final class LinesDataSource implements JRDataSource {

    private final Iterator<ReportLine> lines;
    private ReportLine current;

    LinesDataSource(Iterator<ReportLine> lines) {
        this.lines = lines;
    }

    @Override
    public boolean next() {
        current = lines.hasNext() ? lines.next() : null;
        return current != null;
    }

    @Override
    public Object getFieldValue(JRField field) {
        return current.field(field.getName());
    }
}
