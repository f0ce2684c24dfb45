package de.ropa.reports.control;

import de.ropa.activities.boundary.ActivitySnapshot;
import de.ropa.activities.entity.ProcessingActivity;
import de.ropa.activities.entity.Purpose;
import de.ropa.catalogue.entity.FactState;
import de.ropa.catalogue.entity.FactTopic;
import de.ropa.catalogue.entity.MessengerService;
import de.ropa.catalogue.entity.ServiceFact;
import de.ropa.channels.entity.Channel;
import de.ropa.findings.boundary.FindingResponse;
import de.ropa.findings.control.MessengerChecklist;
import de.ropa.transfers.entity.Transfer;
import java.util.ArrayList;
import java.util.List;

/**
 * The datasheet of one messenger channel: how the organisation uses it, what the catalogue knows about the
 * service (each fact with its state, sources and when it was checked), the messenger checklist, the channel's findings and the
 * activities that use it.
 */
public final class ChannelDatasheet {

    private ChannelDatasheet() {
    }

    public static ReportDocument of(String organisation, String state, Channel channel, List<FindingResponse> findings,
                                    List<MessengerChecklist.Row> checklist, List<ProcessingActivity> activities,
                                    List<Transfer> transfers, List<FindingResponse> transferFindings, ReportTexts t) {
        MessengerService service = channel.getService();
        ReportDocument doc = new ReportDocument(t.label("report.datasheet.title"), organisation, state, t.locale(), t.zone());
        doc.part("sheet", null)
                .title(t.label("report.datasheet.title"), channel.getName(), organisation);
        usage(doc, channel, t);
        serviceFacts(doc, service, t);
        checklist(doc, checklist, t);
        FindingsReport.findingList(doc, findings, "channel-finding-", t.label("report.findings.ofObject"), t);
        doc.section("activities", t.label("report.datasheet.activities"));
        if (activities.isEmpty()) {
            doc.text(t.label("report.datasheet.noActivities"));
        } else {
            doc.head(t.label("activity.name"), t.label("common.status"), t.label("report.datasheet.legalBases"));
            for (ProcessingActivity activity : activities) {
                doc.row(activity.getName(), t.of(activity.getStatus()), ReportTexts.lines(activity.getPurposes().stream()
                        .map(Purpose::getLegalBasis).distinct().map(t::of).toList()));
            }
        }
        transfers(doc, transfers, transferFindings, t);
        return doc;
    }

    /** The third-country transfers that go through the channel, and what the register finds about them. */
    private static void transfers(ReportDocument doc, List<Transfer> transfers, List<FindingResponse> findings, ReportTexts t) {
        doc.section("transfers", t.label("report.datasheet.transfers"));
        if (transfers.isEmpty()) {
            doc.text(t.label("report.datasheet.noTransfers"));
            return;
        }
        doc.head(t.label("transfer.recipient"), t.label("common.country"), t.label("transfer.mechanism"));
        for (Transfer transfer : transfers) {
            doc.row(transfer.getRecipient(), transfer.getCountry(), t.of(transfer.getMechanism()));
        }
        if (!findings.isEmpty()) {
            FindingsReport.findingList(doc, findings, "transfer-finding-", t.label("report.datasheet.transferFindings"), t);
        }
    }

    private static void usage(ReportDocument doc, Channel channel, ReportTexts t) {
        doc.section("usage", t.label("channel.section.how"))
                .field(t.label("channel.name"), channel.getName())
                .field(t.label("channel.service"), channel.getService().getName())
                .field(t.label("common.status"), t.of(channel.getStatus()))
                .field(t.label("channel.audience"), t.of(channel.getAudience()))
                .field(t.label("channel.owner"), channel.getOwner())
                .field(t.label("channel.purposeSummary"), channel.getPurposeSummary())
                .field(t.label("channel.devices"), ReportTexts.lines(channel.getDevices().stream().map(t::of).toList()))
                .field(t.label("channel.contactSync"), t.of(channel.getContactSync()))
                .field(t.label("channel.backupMode"), t.of(channel.getBackupMode()))
                .field(t.label("channel.art13Information"), ReportTexts.joined(" – ", t.of(channel.getArt13Information()),
                        channel.getArt13How()))
                .field(t.label("channel.imprintInProfile"), t.yesNo(channel.isImprintInProfile()))
                .field(t.label("channel.inPrivacyNotice"), t.yesNo(channel.isInPrivacyNotice()))
                .field(t.label("report.datasheet.consentRecording"), channel.getConsentRecording())
                .field(t.label("channel.specialCategories"), ReportTexts.joined(" – ", t.yesNo(channel.isSpecialCategories()),
                        channel.getSpecialCategoriesNotes()))
                .field(t.label("channel.thirdPartyData"), t.of(channel.getThirdPartyData()))
                .field(t.label("channel.art14Information"), t.of(channel.getArt14Information()))
                .field(t.label("channel.businessCorrespondence"), t.of(channel.getBusinessCorrespondence()))
                .field(t.label("channel.disappearingMessages"), t.of(channel.getDisappearingMessages()))
                .field(t.label("channel.worksAgreement"), t.of(channel.getWorksAgreement()))
                .field(t.label("channel.deviations"), ReportTexts.lines(channel.getDeviations().stream()
                        .map(d -> t.of(d.getTopic()) + ": " + ReportTexts.joined(" – ", d.getStatement(), d.getEvidence()))
                        .toList()))
                .field(t.label("channel.measures"), RecordReport.measureList(channel.getMeasures().stream()
                        .map(m -> new ActivitySnapshot.MeasureView(m.getTitle(), m.getStatus())).toList(), t))
                .field(t.label("common.lastReviewedOn"), t.date(channel.getLastReviewedOn()))
                .field(t.label("common.nextReviewOn"), t.date(channel.getNextReviewOn()));
    }

    /** Each fact of the service: its value, how far it can be relied on, the statement, and the sources. */
    private static void serviceFacts(ReportDocument doc, MessengerService service, ReportTexts t) {
        doc.section("service", t.label("report.datasheet.service", service.getName()))
                .field(t.label("service.variant"), t.of(service.getVariant()))
                .field(t.label("report.datasheet.factsChanged"), t.dateTime(service.getFactsChangedAt()));
        boolean german = "de".equals(t.locale().getLanguage());
        for (FactTopic topic : FactTopic.values()) {
            ServiceFact fact = service.getFacts().stream().filter(f -> f.getTopic() == topic).findFirst().orElse(null);
            List<String> lines = new ArrayList<>();
            lines.add(ReportTexts.joined(" – ", factValue(service, topic, german, t), fact == null
                    ? t.of(FactState.UNVERIFIED) : ReportTexts.joined(", ", t.of(fact.getState()),
                    fact.getCheckedOn() == null ? null : t.label("report.datasheet.checkedOn", t.date(fact.getCheckedOn())))));
            if (fact != null) {
                lines.add(ServiceFact.statement(fact.getTextDe(), fact.getTextEn(), german));
                fact.getSources().forEach(source -> lines.add(t.label("report.datasheet.source", ReportTexts.joined(", ",
                        source.getTitle(), source.getPublisher(), source.getDocumentDate() == null
                                ? t.label("report.datasheet.undated") : t.date(source.getDocumentDate()), source.getUrl()))));
            }
            doc.field(t.of(topic), ReportTexts.lines(lines));
        }
    }

    /** The value in the document's language: the free-text values (locations, metadata) are English, the statements say them in German. */
    private static String factValue(MessengerService service, FactTopic topic, boolean german, ReportTexts t) {
        Object value = service.valueOf(topic);
        String shown = value instanceof Enum<?> constant ? t.of(constant) : (String) value;
        return switch (topic) {
            case CONTRACTING_ENTITY -> ReportTexts.joined(", ", shown, service.getProviderCountry());
            case SERVER_LOCATIONS -> german ? shown : ReportTexts.joined(": ", shown, service.getServerLocations());
            case METADATA -> german ? null : shown;
            default -> shown;
        };
    }

    private static void checklist(ReportDocument doc, List<MessengerChecklist.Row> rows, ReportTexts t) {
        doc.section("checklist", t.label("channel.checklist"))
                .head(t.label("report.datasheet.measure"), t.label("report.datasheet.checkState"), t.label("report.datasheet.rule"));
        rows.forEach(row -> doc.row(t.label(row.key()), t.label("checklist." + row.check().name()), row.ruleId()));
    }
}
