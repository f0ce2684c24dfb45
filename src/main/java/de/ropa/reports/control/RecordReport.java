package de.ropa.reports.control;

import de.ropa.activities.entity.DataCategory;
import de.ropa.activities.entity.ProcessingActivity;
import de.ropa.activities.entity.Purpose;
import de.ropa.activities.entity.Recipient;
import de.ropa.catalogue.entity.CatalogueMeasure;
import de.ropa.channels.entity.Channel;
import de.ropa.measures.entity.Measure;
import de.ropa.organisations.entity.JointController;
import de.ropa.organisations.entity.Organisation;
import de.ropa.processors.entity.Processor;
import de.ropa.transfers.entity.Transfer;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The record of processing activities as a document: the controller's record under Art. 30(1) (cover
 * sheet after the DSK model, contents, one section per activity, annexes for measures, processors and
 * transfers) and the processor's record under Art. 30(2).
 */
public final class RecordReport {

    private final RegisterContent register;
    private final ReportTexts t;

    private RecordReport(RegisterContent register, ReportTexts texts) {
        this.register = register;
        this.t = texts;
    }

    public static ReportDocument controllerRecord(RegisterContent register, ReportTexts texts) {
        return new RecordReport(register, texts).controller();
    }

    public static ReportDocument processorRecord(RegisterContent register, ReportTexts texts) {
        return new RecordReport(register, texts).processor();
    }

    /** The footer's statement of what the report shows. */
    public static String state(RegisterContent register, ReportTexts texts) {
        return texts.label("report.state", texts.dateTime(register.lastChange()));
    }

    private ReportDocument controller() {
        ReportDocument doc = cover("report.record", "report.cover.controller", true);
        int number = 0;
        for (ProcessingActivity activity : register.activities()) {
            controllerActivity(doc, ++number, activity);
        }
        measuresAnnex(doc, "A");
        processorsAnnex(doc, "B");
        transfersAnnex(doc, "C");
        return doc;
    }

    private ReportDocument processor() {
        ReportDocument doc = cover("report.processorRecord", "report.cover.processor", false);
        int number = 0;
        for (ProcessingActivity activity : register.activities()) {
            processorActivity(doc, ++number, activity);
        }
        measuresAnnex(doc, "A");
        transfersAnnex(doc, "B");
        return doc;
    }

    /** The cover sheet after the DSK model, the contents, and the start of the activities' part. */
    private ReportDocument cover(String record, String partyKey, boolean jointControllers) {
        Organisation org = register.organisation();
        ReportDocument doc = new ReportDocument(t.label(record + ".title"), org.getName(), state(register, t), t.locale());
        doc.part("cover", null)
                .title(t.label(record + ".title"), t.label(record + ".subtitle"), org.getName())
                .box(t.label(partyKey), controllerContact(org))
                .gap()
                .box(t.label("report.cover.representative"), ReportTexts.lines(Arrays.asList(
                        labelled("organisation.management", org.getManagement()),
                        labelled("organisation.euRepresentative", org.getEuRepresentative()))))
                .gap()
                .box(t.label("report.cover.dpo"), dpoContact(org))
                .gap();
        if (jointControllers) {
            doc.box(t.label("organisation.jointControllers"), jointControllers(org.getJointControllers())).gap();
        }
        doc.box(t.label("report.cover.state"), stateOfRegister())
                .contents("contents", t.label("report.contents"))
                .part("activities", t.label(record + ".activities"));
        if (register.activities().isEmpty()) {
            doc.text(t.label(record + ".noActivities"));
        }
        return doc;
    }

    private void controllerActivity(ReportDocument doc, int number, ProcessingActivity activity) {
        doc.section("activity-" + activity.getId(), number + ". " + activity.getName())
                .field(t.label("activity.name"), activity.getName())
                .field(t.label("common.description"), activity.getDescription())
                .field(t.label("activity.department"), activity.getDepartment())
                .field(t.label("activity.contactPerson"), activity.getContactPerson())
                .field(t.label("common.status"), t.of(activity.getStatus()))
                .field(t.label("activity.dataSource"), activity.getDataSource());
        purposes(doc, activity.getPurposes());
        String subjects = ReportTexts.lines(activity.getSubjectCategories());
        doc.sub(t.label("report.activity.subjects")).text(subjects == null ? t.label("report.none") : subjects);
        dataCategories(doc, activity.getDataCategories());
        recipients(doc, activity.getRecipients());
        activityTransfers(doc, activity.getTransfers());
        doc.sub(t.label("report.activity.toms"))
                .field(t.label("report.activity.tomSummary"), activity.getTomSummary())
                .field(t.label("report.activity.measures"), measureList(activity.getMeasures(), t))
                .sub(t.label("report.activity.more"))
                .field(t.label("report.activity.channels"), channelList(activity.getChannels()))
                .field(t.label("report.activity.dpia"), ReportTexts.joined(" – ", t.of(activity.getDpiaDecision()),
                        activity.getDpiaReasons(), activity.getDpiaReference()))
                .field(t.label("common.lastReviewedOn"), t.date(activity.getLastReviewedOn()))
                .field(t.label("common.nextReviewOn"), t.date(activity.getNextReviewOn()));
    }

    private void processorActivity(ReportDocument doc, int number, ProcessingActivity activity) {
        doc.section("activity-" + activity.getId(), number + ". " + activity.getName())
                .field(t.label("report.processorRecord.client"), activity.getClientController())
                .field(t.label("report.processorRecord.categories"), ReportTexts.lines(Arrays.asList(
                        activity.getName(), nullToEmpty(activity.getDescription()))))
                .field(t.label("report.processorRecord.purposes"), ReportTexts.lines(
                        activity.getPurposes().stream().map(Purpose::getDescription).toList()))
                .field(t.label("report.activity.subjects"), ReportTexts.lines(activity.getSubjectCategories()))
                .field(t.label("report.processorRecord.data"), ReportTexts.lines(
                        activity.getDataCategories().stream().map(DataCategory::getName).toList()))
                .field(t.label("activity.department"), activity.getDepartment())
                .field(t.label("activity.contactPerson"), activity.getContactPerson())
                .field(t.label("common.status"), t.of(activity.getStatus()));
        activityTransfers(doc, activity.getTransfers());
        doc.sub(t.label("report.activity.toms"))
                .field(t.label("report.activity.tomSummary"), activity.getTomSummary())
                .field(t.label("report.activity.measures"), measureList(activity.getMeasures(), t))
                .field(t.label("report.activity.channels"), channelList(activity.getChannels()));
    }

    private void purposes(ReportDocument doc, List<Purpose> purposes) {
        doc.sub(t.label("report.activity.purposes"));
        if (purposes.isEmpty()) {
            doc.text(t.label("report.none"));
            return;
        }
        doc.head(t.label("activity.purpose"), t.label("activity.legalBasis"), t.label("activity.art9Condition"),
                t.label("report.activity.basisDetails"));
        for (Purpose purpose : purposes) {
            doc.row(purpose.getDescription(), t.of(purpose.getLegalBasis()), t.of(purpose.getArt9Condition()),
                    ReportTexts.lines(Arrays.asList(labelled("activity.statutorySource", purpose.getStatutorySource()),
                            labelled("activity.balancingTest", purpose.getBalancingTestReference()))));
        }
    }

    private void dataCategories(ReportDocument doc, List<DataCategory> categories) {
        doc.sub(t.label("report.activity.data"));
        if (categories.isEmpty()) {
            doc.text(t.label("report.none"));
            return;
        }
        doc.head(t.label("activity.dataCategory"), t.label("activity.specialCategory"), t.label("activity.erasurePeriod"));
        for (DataCategory category : categories) {
            doc.row(category.getName(), t.yesNo(category.isSpecialCategory()), category.getErasurePeriod());
        }
    }

    private void recipients(ReportDocument doc, List<Recipient> recipients) {
        doc.sub(t.label("report.activity.recipients"));
        if (recipients.isEmpty()) {
            doc.text(t.label("report.none"));
            return;
        }
        doc.head(t.label("activity.recipient"), t.label("activity.recipientKind"), t.label("report.country"),
                t.label("report.activity.processor"));
        for (Recipient recipient : recipients) {
            doc.row(recipient.getName(), t.of(recipient.getKind()), recipient.getCountry(),
                    recipient.getProcessor() == null ? null : recipient.getProcessor().getName());
        }
    }

    private void activityTransfers(ReportDocument doc, Collection<Transfer> transfers) {
        doc.sub(t.label("report.activity.transfers"));
        if (transfers.isEmpty()) {
            doc.text(t.label("report.activity.noTransfers"));
            return;
        }
        transferTable(doc, transfers);
    }

    private void transferTable(ReportDocument doc, Collection<Transfer> transfers) {
        doc.head(t.label("transfer.recipient"), t.label("report.country"), t.label("transfer.mechanism"),
                t.label("report.transfer.safeguards"));
        for (Transfer transfer : transfers) {
            doc.row(ReportTexts.lines(Arrays.asList(transfer.getRecipient(), transfer.getProcessor() == null ? ""
                            : t.label("report.transfer.via", transfer.getProcessor().getName()))),
                    transfer.getCountry(), t.of(transfer.getMechanism()), safeguards(transfer));
        }
    }

    private String safeguards(Transfer transfer) {
        return ReportTexts.lines(Arrays.asList(
                transfer.getSccModule() == null ? "" : t.of(transfer.getSccModule()),
                transfer.getDerogation() == null ? "" : t.of(transfer.getDerogation()),
                transfer.isDpfChecked() ? t.label("report.transfer.dpfChecked", nullToEmpty(t.date(transfer.getDpfCheckedOn()))) : "",
                transfer.isTiaDone() ? t.label("report.transfer.tia", ReportTexts.joined(", ",
                        t.date(transfer.getTiaDate()), transfer.getTiaReference())) : "",
                nullToEmpty(transfer.getSafeguardsDocumentation())));
    }

    private void measuresAnnex(ReportDocument doc, String letter) {
        doc.part("annex-measures", t.label("report.annex", letter, t.label("report.annex.measures")));
        if (register.measures().isEmpty()) {
            doc.text(t.label("report.none"));
            return;
        }
        doc.head(t.label("measure.name"), t.label("measure.art32Letter"), t.label("common.status"), t.label("measure.evidence"));
        for (Measure measure : register.measures()) {
            CatalogueMeasure catalogue = measure.getCatalogueMeasure();
            doc.row(ReportTexts.lines(Arrays.asList(measure.getTitle(), nullToEmpty(measure.getDescription()))),
                    catalogue == null ? null : t.of(catalogue.getArt32Letter()), t.of(measure.getStatus()), measure.getEvidence());
        }
    }

    private void processorsAnnex(ReportDocument doc, String letter) {
        doc.part("annex-processors", t.label("report.annex", letter, t.label("report.annex.processors")));
        if (register.processors().isEmpty()) {
            doc.text(t.label("report.none"));
            return;
        }
        doc.head(t.label("report.processor.nameAddress"), t.label("processor.role"), t.label("processor.agreementStatus"),
                t.label("report.processor.agreement"));
        for (Processor processor : register.processors()) {
            doc.row(ReportTexts.lines(Arrays.asList(processor.getName(), address(processor.getStreet(), processor.getPostalCode(),
                            processor.getCity(), processor.getCountry()), nullToEmpty(processor.getContact()))),
                    ReportTexts.lines(Arrays.asList(t.of(processor.getRole()), processor.getMainProcessor() == null ? ""
                            : t.label("report.processor.engagedBy", processor.getMainProcessor().getName()))),
                    t.of(processor.getAgreementStatus()),
                    ReportTexts.lines(Arrays.asList(labelled("processor.signedOn", t.date(processor.getSignedOn())),
                            labelled("processor.validUntil", t.date(processor.getValidUntil())),
                            labelled("processor.reviewOn", t.date(processor.getReviewOn())),
                            labelled("processor.documentReference", processor.getDocumentReference()))));
        }
    }

    private void transfersAnnex(ReportDocument doc, String letter) {
        doc.part("annex-transfers", t.label("report.annex", letter, t.label("report.annex.transfers")));
        if (register.transfers().isEmpty()) {
            doc.text(t.label("report.none"));
            return;
        }
        transferTable(doc, register.transfers());
    }

    private String controllerContact(Organisation org) {
        return ReportTexts.lines(Arrays.asList(org.getName(), address(org.getStreet(), org.getPostalCode(), org.getCity(), org.getCountry()),
                labelled("organisation.phone", org.getPhone()), labelled("report.email", org.getEmail()),
                labelled("organisation.website", org.getWebsite())));
    }

    private String dpoContact(Organisation org) {
        return ReportTexts.lines(Arrays.asList(nullToEmpty(org.getDpoName()), nullToEmpty(org.getDpoCompany()),
                org.getDpoKind() == null ? "" : t.of(org.getDpoKind()),
                labelled("organisation.phone", org.getDpoPhone()), labelled("report.email", org.getDpoEmail())));
    }

    private String jointControllers(List<JointController> controllers) {
        if (controllers.isEmpty()) {
            return t.label("report.none");
        }
        return ReportTexts.lines(controllers.stream().map(c -> ReportTexts.joined(" – ", c.getName(), c.getContact(),
                c.getArrangement())).toList());
    }

    private String stateOfRegister() {
        return ReportTexts.lines(Arrays.asList(t.label("report.cover.lastChange", nullToEmpty(t.dateTime(register.lastChange()))),
                t.label("report.cover.activities", t.number(register.activities().size()))));
    }

    static String measureList(Collection<Measure> measures, ReportTexts t) {
        return ReportTexts.lines(measures.stream().map(m -> m.getTitle() + " (" + t.of(m.getStatus()) + ")").toList());
    }

    private String channelList(Collection<Channel> channels) {
        return ReportTexts.lines(channels.stream().map(c -> c.getName() + " – " + c.getService().getName()).toList());
    }

    private String labelled(String key, String value) {
        return value == null || value.isBlank() ? "" : t.label(key) + ": " + value;
    }

    private static String address(String street, String postalCode, String city, String country) {
        return ReportTexts.joined(", ", street, ReportTexts.joined(" ", postalCode, city), country);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
