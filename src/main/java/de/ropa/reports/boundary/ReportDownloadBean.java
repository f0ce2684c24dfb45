package de.ropa.reports.boundary;

import de.ropa.reports.control.ReportFormat;
import de.ropa.activities.entity.RecordType;
import de.ropa.organisations.boundary.OrganisationContext;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The document buttons of the screens (PDF; the records also as Word and OpenDocument). The document is built in the request (it reads the register under the
 * user's rights); laying it out and writing the PDF run in the server's managed executor while the page
 * polls for progress, so a long register neither freezes the page nor runs into a request timeout.
 */
@Named("reportDownload")
@ViewScoped
public class ReportDownloadBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ReportDownloadBean.class.getName());

    @Inject
    ReportService reports;

    @Inject
    OrganisationContext organisation;

    @Resource
    transient ManagedExecutorService executor;

    /** The day of the approved register a record button shows; none: the current state. */
    private java.time.LocalDate asOf;

    private transient Future<Path> running;
    private transient RenderJob job;
    private transient Path file;
    private String fileName;
    private String error;

    /** The PDFs a button starts. */
    public enum ReportKind {
        REGISTER, APPROVED_REGISTER, PROCESSOR_RECORD, FINDINGS, CHANNEL_DATASHEET
    }

    /** The format of the document being produced. */
    private ReportFormat format = ReportFormat.PDF;

    /** A PDF button: the report, and for a channel datasheet the channel's id (0 otherwise). */
    public void start(ReportKind kind, long id) {
        start(kind, id, ReportFormat.PDF.name());
    }

    /** A document button in a format: PDF, DOCX (Word) or ODT (OpenDocument text). */
    public void start(ReportKind kind, long id, String format) {
        this.format = ReportFormat.valueOf(format);
        long orgId = organisation.require();
        start(switch (kind) {
            case REGISTER -> reports.record(orgId, RecordType.CONTROLLER, locale(), null);
            case APPROVED_REGISTER -> reports.record(orgId, RecordType.CONTROLLER, locale(),
                    asOf == null ? java.time.LocalDate.now() : asOf);
            case PROCESSOR_RECORD -> reports.record(orgId, RecordType.PROCESSOR, locale(), null);
            case FINDINGS -> reports.findings(orgId, locale());
            case CHANNEL_DATASHEET -> reports.channelDatasheet(orgId, id, locale());
        });
    }

    private void start(Report report) {
        discard();
        error = null;
        fileName = report.fileName(format);
        RenderJob progress = new RenderJob(report.document().size());
        job = progress;
        ReportFormat chosen = format;
        running = executor.submit(() -> reports.render(report, progress, chosen));
    }

    public boolean isRunning() {
        return running != null && !running.isDone();
    }

    public boolean isReady() {
        collect();
        return file != null;
    }

    public int getPercent() {
        if (isReady()) {
            return 100;
        }
        return job == null ? 0 : job.percent();
    }

    /** What the dialog says under the bar. */
    public String getStatus() {
        ResourceBundle texts = ResourceBundle.getBundle("de.ropa.platform.i18n.messages", locale());
        if (error != null) {
            return error;
        }
        if (isReady()) {
            return java.text.MessageFormat.format(texts.getString("report.dialog.ready"),
                    de.ropa.platform.i18n.EnumLabels.label(format, locale()));
        }
        if (job == null) {
            return "";
        }
        if (job.written() > 0) {
            return java.text.MessageFormat.format(texts.getString("report.dialog.writing"), job.written(), job.pages());
        }
        return java.text.MessageFormat.format(texts.getString("report.dialog.layout"), job.laidOut());
    }

    public String getError() {
        collect();
        return error;
    }

    public java.time.LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(java.time.LocalDate asOf) {
        this.asOf = asOf;
    }

    public String getFileName() {
        return fileName;
    }

    public StreamedContent getFile() {
        Path ready = file;
        return DefaultStreamedContent.builder().name(fileName).contentType(format.mediaType())
                .stream(() -> {
                    try {
                        return Files.newInputStream(ready);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).build();
    }

    private void collect() {
        if (running == null || !running.isDone()) {
            return;
        }
        try {
            file = running.get();
        } catch (ExecutionException e) {
            LOG.log(Level.SEVERE, "report " + fileName + " failed", e.getCause());
            error = ResourceBundle.getBundle("de.ropa.platform.i18n.messages", locale()).getString("report.dialog.failed");
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, error, null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running = null;
    }

    @PreDestroy
    void discard() {
        if (running != null) {
            running.cancel(true);
            running = null;
        }
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.FINE, "temporary report " + file + " stays until the server's temp directory is cleaned", e);
            }
            file = null;
        }
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
