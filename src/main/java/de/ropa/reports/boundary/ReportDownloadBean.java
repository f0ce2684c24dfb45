package de.ropa.reports.boundary;

import de.ropa.reports.control.ReportFormat;
import de.ropa.activities.entity.RecordType;
import de.ropa.organisations.boundary.OrganisationContext;
import jakarta.annotation.PreDestroy;
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

    /** The day of the approved register a record button shows; none: the current state. */
    private java.time.LocalDate asOf;

    private Requested requested;
    private boolean restarted;
    private transient Future<Path> running;
    private transient RenderJob job;
    private transient Path file;
    private String fileName;
    private String error;

    /** The PDFs a button starts. */
    public enum ReportKind {
        REGISTER, APPROVED_REGISTER, PROCESSOR_RECORD, FINDINGS, CHANNEL_DATASHEET
    }

    /** A PDF button: the report, and for a channel datasheet the channel's id (0 otherwise). */
    public void start(ReportKind kind, long id) {
        start(kind, id, ReportFormat.PDF.name());
    }

    /** A document button in a format: PDF, DOCX (Word) or ODT (OpenDocument text). */
    public void start(ReportKind kind, long id, String format) {
        restarted = false;
        produce(new Requested(kind, id, ReportFormat.valueOf(format),
                kind == ReportKind.APPROVED_REGISTER && asOf == null ? java.time.LocalDate.now() : asOf));
    }

    /**
     * What a button asked for, kept with the page (which a cluster replicates): the job and its file are not, so the
     * server that takes the page over after its own went down produces the same document again.
     */
    private record Requested(ReportKind kind, long id, ReportFormat format, java.time.LocalDate asOf) implements Serializable {
    }

    private void produce(Requested request) {
        requested = request;
        long orgId = organisation.require();
        start(switch (request.kind()) {
            case REGISTER -> reports.record(orgId, RecordType.CONTROLLER, locale(), null);
            case APPROVED_REGISTER -> reports.record(orgId, RecordType.CONTROLLER, locale(), request.asOf());
            case PROCESSOR_RECORD -> reports.record(orgId, RecordType.PROCESSOR, locale(), null);
            case FINDINGS -> reports.findings(orgId, locale());
            case CHANNEL_DATASHEET -> reports.channelDatasheet(orgId, request.id(), locale());
        });
    }

    /**
     * The page came over from a server that went down while it produced the document (or held it ready): the job
     * and the file stayed there, so this server starts the same document again, and the dialog says so.
     */
    private void resumeHere() {
        if (requested != null && running == null && file == null && error == null) {
            restarted = true;
            try {
                produce(requested);
            } catch (RuntimeException gone) {
                // e.g. the channel of a datasheet was deleted meanwhile: say so instead of failing the page
                LOG.log(Level.WARNING, "report " + fileName + " could not be produced again after a server change", gone);
                error = texts().getString("report.dialog.failed");
            }
        }
    }

    private void start(Report report) {
        discard();
        error = null;
        fileName = report.fileName(requested.format());
        job = new RenderJob(report.document().size());
        running = reports.renderInBackground(report, job, requested.format());
    }

    public boolean isRunning() {
        resumeHere();
        return running != null && !running.isDone();
    }

    public boolean isReady() {
        resumeHere();
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
        ResourceBundle texts = texts();
        if (error != null) {
            return error;
        }
        if (isReady()) {
            return java.text.MessageFormat.format(texts.getString("report.dialog.ready"),
                    de.ropa.platform.i18n.EnumLabels.label(requested.format(), locale()));
        }
        if (job == null) {
            return "";
        }
        String moved = restarted ? texts.getString("report.dialog.restarted") + " " : "";
        if (job.written() > 0) {
            return moved + java.text.MessageFormat.format(texts.getString("report.dialog.writing"), job.written(), job.pages());
        }
        return moved + java.text.MessageFormat.format(texts.getString("report.dialog.layout"), job.laidOut());
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
        return DefaultStreamedContent.builder().name(fileName).contentType(requested.format().mediaType())
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
            error = texts().getString("report.dialog.failed");
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

    private static ResourceBundle texts() {
        return ResourceBundle.getBundle("de.ropa.platform.i18n.messages", locale());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
