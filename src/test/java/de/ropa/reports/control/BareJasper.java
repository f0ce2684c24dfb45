package de.ropa.reports.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * The benchmark's yardstick (never in the product WAR): JasperReports alone filling the product's compiled
 * template once with a document's lines, already built (read from the document's spool like the product's: a large
 * register's lines do not fit the heap as objects), and exporting the PDF. Same virtualizer and
 * tagging as the product, so the product/bare ratio shows what the product adds: reading the register,
 * building the document, the second pass for the contents' page numbers, the temporary file and HTTP.
 * Lives in the renderer's package because the lines are package-private.
 */
public final class BareJasper {

    private BareJasper() {
    }

    public static int lines(ReportDocument document) {
        int lines = 0;
        for (var all = document.lines(); all.hasNext(); all.next()) {
            lines++;
        }
        return lines;
    }

    /** Fills and exports; answers the number of pages. */
    public static int render(ReportDocument document, OutputStream out) throws JRException, IOException {
        JasperReport template;
        try (InputStream in = BareJasper.class.getResourceAsStream(ReportRenderer.TEMPLATE)) {
            template = (JasperReport) JRLoader.loadObject(in);
        }
        Path swapDirectory = Files.createTempDirectory("ropa-bench");
        JRSwapFileVirtualizer swap = new JRSwapFileVirtualizer(ReportRenderer.PAGES_IN_MEMORY,
                new JRSwapFile(swapDirectory.toString(), 8192, 64), true);
        try {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("ORGANISATION", document.organisation());
            parameters.put("TITLE", document.title());
            parameters.put("GENERATED", "bench");
            parameters.put("STATE", document.state());
            parameters.put(JRParameter.REPORT_LOCALE, document.locale());
            parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, ResourceBundle.getBundle(ReportRenderer.LABELS, document.locale()));
            parameters.put(JRParameter.REPORT_VIRTUALIZER, swap);
            JasperPrint print = JasperFillManager.fillReport(template, parameters, new LinesDataSource(document.lines()));
            swap.setReadOnly(true);
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            SimplePdfExporterConfiguration pdf = new SimplePdfExporterConfiguration();
            if (document.size() <= ReportRenderer.TAGGED_UP_TO_LINES) {
                pdf.setTagged(true);
                pdf.setTagLanguage(document.locale().getLanguage());
            }
            exporter.setConfiguration(pdf);
            exporter.exportReport();
            return print.getPages().size();
        } finally {
            swap.cleanup();
            try (var files = Files.list(swapDirectory)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Files.deleteIfExists(swapDirectory);
        }
    }
}
