package de.ropa.reports.control;

import java.util.List;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

/** Feeds a report's lines to the template without reflection (a register can have hundreds of thousands). */
final class LinesDataSource implements JRDataSource {

    private final List<ReportLine> lines;
    private int index = -1;

    LinesDataSource(List<ReportLine> lines) {
        this.lines = lines;
    }

    @Override
    public boolean next() {
        index++;
        return index < lines.size();
    }

    @Override
    public Object getFieldValue(JRField field) {
        return lines.get(index).field(field.getName());
    }
}
