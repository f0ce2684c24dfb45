package de.ropa.reports.boundary;

import de.ropa.activities.boundary.ActivityService;
import de.ropa.activities.boundary.ActivitySnapshot;
import de.ropa.activities.boundary.ApprovalService;
import de.ropa.activities.entity.ActivityVersion;
import de.ropa.activities.entity.ApprovalState;
import de.ropa.activities.entity.ProcessingActivity;
import de.ropa.activities.entity.RecordType;
import de.ropa.audit.boundary.AuditService;
import de.ropa.audit.entity.AuditEntry;
import de.ropa.channels.boundary.ChannelService;
import de.ropa.channels.entity.Channel;
import de.ropa.findings.boundary.FindingFilter;
import de.ropa.findings.boundary.FindingResponse;
import de.ropa.findings.boundary.FindingService;
import de.ropa.measures.boundary.MeasureService;
import de.ropa.measures.entity.Measure;
import de.ropa.organisations.boundary.OrganisationService;
import de.ropa.organisations.entity.Organisation;
import de.ropa.platform.control.OrganisationContents;
import de.ropa.platform.control.RegisterStore;
import de.ropa.platform.entity.ObjectKind;
import de.ropa.platform.paging.PageRequest;
import de.ropa.processors.boundary.ProcessorService;
import de.ropa.processors.entity.Processor;
import de.ropa.reports.control.ChannelDatasheet;
import de.ropa.reports.control.FindingsReport;
import de.ropa.reports.control.RecordReport;
import de.ropa.reports.control.RegisterContent;
import de.ropa.reports.control.RenderProgress;
import de.ropa.reports.control.ReportFormat;
import de.ropa.reports.control.ReportDocument;
import de.ropa.reports.control.ReportRenderer;
import de.ropa.reports.control.ReportTexts;
import de.ropa.transfers.boundary.TransferService;
import de.ropa.transfers.entity.Transfer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds the register's documents from its current state (inside one transaction, so the document is one
 * consistent state) and renders them to PDF files (outside it: rendering a large register takes seconds
 * and reads no database). Anyone who may see the organisation may produce its documents.
 */
@ApplicationScoped
@Transactional
public class ReportService {

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    private static final Comparator<FindingResponse> FINDING_ORDER = Comparator.comparing(FindingResponse::severity)
            .thenComparing(FindingResponse::objectKind)
            .thenComparing(FindingResponse::objectName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(FindingResponse::ruleId);

    @Inject
    RegisterStore store;

    @Inject
    OrganisationService organisations;

    @Inject
    ChannelService channels;

    @Inject
    FindingService findings;

    @Inject
    ReportRenderer renderer;

    @Inject
    ApprovalService approvals;

    @Inject
    AuditService audit;

    @Inject
    ActivityService activityService;

    @Inject
    MeasureService measureService;

    @Inject
    ProcessorService processorService;

    @Inject
    TransferService transferService;

    @Inject
    Instance<OrganisationContents> contents;

    private static final Jsonb JSON = JsonbBuilder.create();

    /**
     * The record of processing activities: Art. 30(1) for CONTROLLER, Art. 30(2) for PROCESSOR; as it is now, or
     * (asOf set) the approved versions in force at the end of that day.
     */
    public Report record(long orgId, RecordType type, Locale locale, LocalDate asOf) {
        ReportTexts texts = new ReportTexts(locale, zone(orgId));
        RegisterContent content = asOf == null ? content(orgId, type) : approved(orgId, type, asOf);
        ReportDocument document = type == RecordType.CONTROLLER
                ? RecordReport.controllerRecord(content, texts)
                : RecordReport.processorRecord(content, texts);
        String file = texts.label(type == RecordType.CONTROLLER ? "report.record.file" : "report.processorRecord.file");
        return new Report(document, Report.fileName(file + (asOf == null ? "" : "-" + asOf), content.organisation().getName()));
    }

    private RegisterContent approved(long orgId, RecordType type, LocalDate asOf) {
        Organisation organisation = organisations.find(orgId);
        organisation.getJointControllers().size();
        List<ActivityVersion> versions = approvals.asOf(orgId, asOf);
        List<ActivitySnapshot> activities = versions.stream()
                .map(v -> JSON.fromJson(v.getContent(), ActivitySnapshot.class))
                .filter(a -> a.recordType() == type)
                .sorted(Comparator.comparing(ActivitySnapshot::name, String.CASE_INSENSITIVE_ORDER)).toList();
        Map<Long, RegisterContent.Approval> approved = new HashMap<>();
        versions.forEach(v -> approved.put(v.getActivityId(), new RegisterContent.Approval(ApprovalState.APPROVED,
                v.getNumber(), v.getApprovedBy(), v.getApprovedAt())));
        LocalDateTime end = asOf.plusDays(1).atStartOfDay();
        return new RegisterContent(organisation, activities, List.of(), List.of(), List.of(), lastChange(orgId), asOf,
                trail(audit.latestBefore(orgId, end)), approved);
    }

    private static String trail(java.util.Optional<AuditEntry> entry) {
        return entry.map(e -> "#" + e.getSeq() + " · SHA-256 " + e.getHash()).orElse(null);
    }

    public Report channelDatasheet(long orgId, long channelId, Locale locale) {
        ReportTexts texts = new ReportTexts(locale, zone(orgId));
        Organisation organisation = organisations.find(orgId);
        Channel channel = channels.find(orgId, channelId);
        List<ProcessingActivity> activities = activityService.usingChannel(orgId, channelId);
        List<FindingResponse> channelFindings = findings.describe(orgId, ObjectKind.CHANNEL, channelId, texts.locale());
        List<Transfer> transfers = transferService.usingChannel(orgId, channelId);
        List<FindingResponse> transferFindings = transfers.stream()
                .flatMap(transfer -> findings.describe(orgId, ObjectKind.TRANSFER, transfer.getId(), texts.locale()).stream())
                .toList();
        ReportDocument document = ChannelDatasheet.of(organisation.getName(), state(orgId, texts), channel,
                channelFindings, findings.checklist(orgId, channelId), activities, transfers, transferFindings, texts)
                .trail(trail(audit.latestBefore(orgId, null)));
        return new Report(document, Report.fileName(texts.label("report.datasheet.file"),
                organisation.getName() + " " + channel.getName()));
    }

    public Report findings(long orgId, Locale locale) {
        ReportTexts texts = new ReportTexts(locale, zone(orgId));
        Organisation organisation = organisations.find(orgId);
        List<FindingResponse> all = findings.list(orgId, FindingFilter.NONE, new PageRequest(0, Integer.MAX_VALUE), null)
                .items().stream().map(v -> FindingResponse.from(v, texts.locale())).sorted(FINDING_ORDER).toList();
        ReportDocument document = FindingsReport.of(organisation.getName(), state(orgId, texts), all, texts)
                .trail(trail(audit.latestBefore(orgId, null)));
        return new Report(document, Report.fileName(texts.label("report.findings.file"), organisation.getName()));
    }

    /**
     * Renders in the server's managed executor (a long register neither holds a request nor runs into its timeout);
     * the future yields the temporary file the caller sends and deletes.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public java.util.concurrent.Future<Path> renderInBackground(Report report, RenderProgress progress, ReportFormat format) {
        return executor.submit(() -> render(report, progress, format));
    }

    /** Renders as PDF into a temporary file the caller sends and deletes. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Path render(Report report, RenderProgress progress) {
        return render(report, progress, ReportFormat.PDF);
    }

    /** Renders in this format into a temporary file the caller sends and deletes; a report is rendered once. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Path render(Report report, RenderProgress progress, ReportFormat format) {
        try {
            Path file = Files.createTempFile("ropa-", "." + format.extension());
            try (OutputStream out = Files.newOutputStream(file)) {
                renderer.render(report.document(), ZonedDateTime.now(), out, progress, format);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(file);
                throw e;
            } finally {
                report.document().discard();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("the report could not be written to a temporary file", e);
        }
    }

    private RegisterContent content(long orgId, RecordType type) {
        Organisation organisation = organisations.find(orgId);
        // the annexes' objects first, with what they point to, so the activities' links find them loaded
        channels.allWithService(orgId);
        List<Measure> measures = measureService.forRecord(orgId);
        List<Processor> processors = processorService.forRecord(orgId);
        List<Transfer> transfers = transferService.forRecord(orgId);
        Map<Long, ActivityVersion> inForce = new HashMap<>();
        approvals.inForce(orgId).forEach(v -> inForce.put(v.getActivityId(), v));
        Map<Long, RegisterContent.Approval> approval = new HashMap<>();
        Set<Long> measureIds = new HashSet<>();
        Set<Long> transferIds = new HashSet<>();
        List<ActivitySnapshot> activities = activityService.forRecord(orgId, type, a -> {
            ActivityVersion version = inForce.get(a.getId());
            approval.put(a.getId(), version == null ? new RegisterContent.Approval(a.getApprovalState(), null, null, null)
                    : new RegisterContent.Approval(a.getApprovalState(), version.getNumber(), version.getApprovedBy(),
                    version.getApprovedAt()));
            a.getMeasures().forEach(m -> measureIds.add(m.getId()));
            a.getTransfers().forEach(tr -> transferIds.add(tr.getId()));
            return ActivitySnapshot.from(a);
        });
        if (type == RecordType.PROCESSOR) {
            // the Art. 30(2) record describes the processing done for clients: only the measures and transfers of those
            // activities, not the organisation's own as a controller
            measures = measures.stream().filter(m -> measureIds.contains(m.getId())).toList();
            transfers = transfers.stream().filter(tr -> transferIds.contains(tr.getId())).toList();
        }
        organisation.getJointControllers().size();
        return new RegisterContent(organisation, activities, measures, processors, transfers, lastChange(orgId), null,
                trail(audit.latestBefore(orgId, null)), approval);
    }

    /** The organisation's time zone, which its documents print times in. */
    private ZoneId zone(long orgId) {
        return ZoneId.of(organisations.find(orgId).getTimeZone());
    }

    private String state(long orgId, ReportTexts texts) {
        return texts.label("report.state", texts.dateTime(lastChange(orgId)));
    }

    /** The newest change to the organisation's register. */
    LocalDateTime lastChange(long orgId) {
        LocalDateTime newest = organisations.find(orgId).getUpdatedAt();
        for (OrganisationContents component : contents) {
            LocalDateTime latest = component.lastChange(orgId).orElse(null);
            if (latest != null && latest.isAfter(newest)) {
                newest = latest;
            }
        }
        return Objects.requireNonNull(newest);
    }
}
