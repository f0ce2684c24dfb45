package de.ropa.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRPrintAnchor;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.fill.FillListener;
import net.sf.jasperreports.engine.fill.JRFiller;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.fill.ReportFiller;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.engine.export.oasis.JROdtExporter;
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.export.SimpleDocxExporterConfiguration;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;

/**
 * Lays out a {@link ReportDocument} with the compiled template (loaded once; compiled at build time) and
 * writes the PDF. Pages beyond the first few dozen are swapped to a temporary file (Jasper's virtualizer),
 * so a register of thousands of activities stays inside the server's heap. One fill: the contents learn on which
 * page each part and section starts while the pages are laid out.
 */
@ApplicationScoped
public class ReportRenderer {

    static final String TEMPLATE = "/reports/document.jasper";
    static final String LABELS = "de.ropa.platform.i18n.messages";
    /** Pages kept in memory while filling; the rest go to the swap file. */
    static final int PAGES_IN_MEMORY = 40;
    /**
     * Tagged PDF (a structure tree for screen readers) keeps every tag in memory until the file is closed:
     * about 25 kB per page. Documents up to this many lines (some 1,200 activities) are tagged; larger ones
     * are written untagged so that a register of 10,000 activities fits a 512 MB heap.
     */
    static final int TAGGED_UP_TO_LINES = 40_000;

    private volatile JasperReport template;

    public void render(ReportDocument document, ZonedDateTime generated, OutputStream out, RenderProgress progress) {
        render(document, generated, out, progress, ReportFormat.PDF);
    }

    public void render(ReportDocument document, ZonedDateTime generated, OutputStream out, RenderProgress progress,
                       ReportFormat format) {
        Path swapDirectory = temporaryDirectory();
        JRSwapFileVirtualizer swap = new JRSwapFileVirtualizer(PAGES_IN_MEMORY,
                new JRSwapFile(swapDirectory.toString(), 8192, 64), true);
        try {
            Map<String, String> anchorPages = new ConcurrentHashMap<>();
            ReportFiller filler = JRFiller.createReportFiller(DefaultJasperReportsContext.getInstance(), template());
            filler.addFillListener(new FillListener() {
                @Override
                public void pageGenerated(JasperPrint print, int pageIndex) {
                    if (document.hasContents()) {
                        recordAnchors(print.getPages().get(pageIndex).getElements(), pageIndex + 1, anchorPages);
                    }
                    progress.laidOut(pageIndex + 1);
                }

                @Override
                public void pageUpdated(JasperPrint print, int pageIndex) {
                    // pages are final once generated for this template
                }
            });
            JasperPrint print = filler.fill(parameters(document, generated, swap, anchorPages),
                    new LinesDataSource(document.lines()));
            swap.setReadOnly(true);
            switch (format) {
                case PDF -> export(print, document, out, progress);
                case DOCX -> exportDocx(print, document, out);
                case ODT -> exportOdt(print, out);
            }
        } catch (JRException e) {
            throw new IllegalStateException("report '" + document.title() + "' could not be produced: " + e.getMessage(), e);
        } finally {
            swap.cleanup();
            deleteQuietly(swapDirectory);
        }
    }

    /**
     * Notes the page of every anchor (a part's or section's heading) as its page is finished: the contents' page
     * numbers are evaluated when the fill ends (the template's ANCHOR_PAGES), so one fill is enough. An anchor not
     * noted by then is on the last page, which is finished after that evaluation.
     */
    private static void recordAnchors(List<JRPrintElement> elements, int page, Map<String, String> anchorPages) {
        for (JRPrintElement element : elements) {
            if (element instanceof JRPrintAnchor anchor && anchor.getAnchorName() != null) {
                anchorPages.putIfAbsent(anchor.getAnchorName(), Integer.toString(page));
            }
            if (element instanceof JRPrintFrame frame) {
                recordAnchors(frame.getElements(), page, anchorPages);
            }
        }
    }

    // Jasper fills these maps in: they must be mutable (STACK trap 9)
    private Map<String, Object> parameters(ReportDocument document, ZonedDateTime generated, JRSwapFileVirtualizer swap,
                                           Map<String, String> anchorPages) {
        Map<String, Object> parameters = new HashMap<>();
        ReportTexts texts = new ReportTexts(document.locale(), document.zone());
        parameters.put("ORGANISATION", document.organisation());
        parameters.put("TITLE", document.title());
        parameters.put("GENERATED", texts.dateTime(generated));
        parameters.put("STATE", document.state());
        parameters.put("TRAIL", document.trail() == null ? null : texts.label("report.trail", document.trail()));
        parameters.put(JRParameter.REPORT_LOCALE, document.locale());
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, ResourceBundle.getBundle(LABELS, document.locale()));
        parameters.put(JRParameter.REPORT_VIRTUALIZER, swap);
        parameters.put("ANCHOR_PAGES", anchorPages);
        return parameters;
    }

    private void export(JasperPrint print, ReportDocument document, OutputStream out, RenderProgress progress) throws JRException {
        int pages = print.getPages().size();
        AtomicInteger written = new AtomicInteger();
        JRPdfExporter exporter = new JRPdfExporter(DefaultJasperReportsContext.getInstance());
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfReportConfiguration report = new SimplePdfReportConfiguration();
        report.setProgressMonitor(() -> progress.written(written.incrementAndGet(), pages));
        exporter.setConfiguration(report);
        SimplePdfExporterConfiguration pdf = new SimplePdfExporterConfiguration();
        pdf.setMetadataTitle(document.title());
        pdf.setDisplayMetadataTitle(true);
        pdf.setMetadataSubject(document.organisation());
        pdf.setMetadataCreator("ROPA Messenger Register");
        if (document.size() <= TAGGED_UP_TO_LINES) {
            pdf.setTagged(true);
            pdf.setTagLanguage(document.locale().getLanguage());
        }
        exporter.setConfiguration(pdf);
        exporter.exportReport();
    }

    /** Word: the same pages as the PDF, laid out as tables Word can edit. */
    private static void exportDocx(JasperPrint print, ReportDocument document, OutputStream out) throws JRException {
        JRDocxExporter exporter = new JRDocxExporter(DefaultJasperReportsContext.getInstance());
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimpleDocxExporterConfiguration docx = new SimpleDocxExporterConfiguration();
        docx.setMetadataTitle(document.title());
        docx.setMetadataSubject(document.organisation());
        docx.setMetadataApplication("ROPA Messenger Register");
        exporter.setConfiguration(docx);
        exporter.exportReport();
    }

    /** OpenDocument text, for LibreOffice and the public administrations that require ODF. */
    private static void exportOdt(JasperPrint print, OutputStream out) throws JRException {
        JROdtExporter exporter = new JROdtExporter(DefaultJasperReportsContext.getInstance());
        exporter.setExporterInput(new SimpleExporterInput(print));
        java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(written));
        exporter.exportReport();
        OpenDocumentPackage.write(written.toByteArray(), out);
    }

    private JasperReport template() throws JRException {
        JasperReport loaded = template;
        if (loaded == null) {
            try (InputStream in = ReportRenderer.class.getResourceAsStream(TEMPLATE)) {
                if (in == null) {
                    throw new IllegalStateException(TEMPLATE + " is missing: the build compiles reports/*.jrxml into it");
                }
                loaded = (JasperReport) JRLoader.loadObject(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            template = loaded;
        }
        return loaded;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("ropa-report");
        } catch (IOException e) {
            throw new UncheckedIOException("no temporary directory for the report's swap file", e);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            // a leftover swap file in the temporary directory is harmless; the report itself succeeded
        }
    }
}
