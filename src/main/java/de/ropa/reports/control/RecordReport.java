package de.ropa.reports.control;

import de.ropa.activities.boundary.ActivitySnapshot.DataCategoryView;
import de.ropa.activities.boundary.ActivitySnapshot.MeasureView;
import de.ropa.activities.boundary.ActivitySnapshot.PurposeView;
import de.ropa.activities.boundary.ActivitySnapshot.RecipientView;
import de.ropa.activities.boundary.ActivitySnapshot.TransferView;
import de.ropa.activities.boundary.ActivitySnapshot;
import de.ropa.activities.entity.ApprovalState;
import de.ropa.catalogue.entity.MeasureKind;
import de.ropa.measures.entity.Measure;
import de.ropa.organisations.entity.JointController;
import de.ropa.organisations.entity.Organisation;
import de.ropa.processors.entity.Processor;
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
        return register.approvedOnly() ? texts.label("report.stateApproved", texts.date(register.asOf()))
                : texts.label("report.state", texts.dateTime(register.lastChange()));
    }

    private ReportDocument controller() {
        ReportDocument doc = cover("report.record", "report.cover.controller", true);
        int number = 0;
        for (ActivitySnapshot activity : register.activities()) {
            controllerActivity(doc, ++number, activity);
        }
        if (!register.approvedOnly()) {
            measuresAnnex(doc, "A");
            processorsAnnex(doc, "B");
            transfersAnnex(doc, "C");
        }
        return doc;
    }

    private ReportDocument processor() {
        ReportDocument doc = cover("report.processorRecord", "report.cover.processor", false);
        int number = 0;
        for (ActivitySnapshot activity : register.activities()) {
            processorActivity(doc, ++number, activity);
        }
        if (!register.approvedOnly()) {
            measuresAnnex(doc, "A");
            transfersAnnex(doc, "B");
        }
        return doc;
    }

    /** The cover sheet after the DSK model, the contents, and the start of the activities' part. */
    private ReportDocument cover(String record, String partyKey, boolean jointControllers) {
        Organisation org = register.organisation();
        ReportDocument doc = new ReportDocument(t.label(record + ".title"), org.getName(), state(register, t), t.locale(), t.zone())
                .trail(register.trail());
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

    private void controllerActivity(ReportDocument doc, int number, ActivitySnapshot activity) {
        doc.section("activity-" + activity.id(), number + ". " + activity.name())
                .field(t.label("activity.name"), activity.name())
                .field(t.label("common.description"), activity.description())
                .field(t.label("activity.department"), activity.department())
                .field(t.label("activity.contactPerson"), activity.contactPerson())
                .field(t.label("activity.status"), t.of(activity.status()))
                .field(t.label("report.activity.approval"), approval(activity.id()))
                .field(t.label("activity.dataSource"), activity.dataSource());
        purposes(doc, activity.purposes());
        String subjects = ReportTexts.lines(activity.subjectCategories());
        doc.sub(t.label("report.activity.subjects")).text(subjects == null ? t.label("report.none") : subjects);
        dataCategories(doc, activity.dataCategories());
        recipients(doc, activity.recipients());
        activityTransfers(doc, activity.transfers());
        doc.sub(t.label("report.activity.toms"))
                .field(t.label("report.activity.tomSummary"), activity.tomSummary())
                .field(t.label("report.activity.measures"), measureList(activity.measures(), t))
                .sub(t.label("report.activity.more"))
                .field(t.label("report.activity.channels"), ReportTexts.lines(activity.channels()))
                .field(t.label("report.activity.dpia"), ReportTexts.joined(" – ", t.of(activity.dpiaDecision()),
                        activity.dpiaReasons(), activity.dpiaReference()))
                .field(t.label("common.lastReviewedOn"), t.date(activity.lastReviewedOn()))
                .field(t.label("common.nextReviewOn"), t.date(activity.nextReviewOn()));
    }

    /**
     * "Genehmigt – Fassung 3 vom 12.11.2026 (Anna Berg)"; a changed activity names the version still in force; one never
     * approved says so.
     */
    private String approval(long activityId) {
        RegisterContent.Approval approval = register.approvals().get(activityId);
        if (approval == null) {
            return null;
        }
        if (approval.version() == null) {
            return t.label("report.approval.never", t.of(approval.state()));
        }
        String version = t.label("report.approval.version", approval.version(), t.date(approval.approvedAt()),
                approval.approvedBy());
        return approval.state() == ApprovalState.APPROVED ? t.label("report.approval.approved", version)
                : t.label("report.approval.changedSince", t.of(approval.state()), version);
    }

    private void processorActivity(ReportDocument doc, int number, ActivitySnapshot activity) {
        doc.section("activity-" + activity.id(), number + ". " + activity.name())
                .field(t.label("report.processorRecord.client"), activity.clientController())
                .field(t.label("report.processorRecord.categories"), ReportTexts.lines(Arrays.asList(
                        activity.name(), nullToEmpty(activity.description()))))
                .field(t.label("report.processorRecord.purposes"), ReportTexts.lines(
                        activity.purposes().stream().map(PurposeView::description).toList()))
                .field(t.label("report.activity.subjects"), ReportTexts.lines(activity.subjectCategories()))
                .field(t.label("report.processorRecord.data"), ReportTexts.lines(
                        activity.dataCategories().stream().map(DataCategoryView::name).toList()))
                .field(t.label("activity.department"), activity.department())
                .field(t.label("activity.contactPerson"), activity.contactPerson())
                .field(t.label("activity.status"), t.of(activity.status()))
                .field(t.label("report.activity.approval"), approval(activity.id()));
        activityTransfers(doc, activity.transfers());
        doc.sub(t.label("report.activity.toms"))
                .field(t.label("report.activity.tomSummary"), activity.tomSummary())
                .field(t.label("report.activity.measures"), measureList(activity.measures(), t))
                .field(t.label("report.activity.channels"), ReportTexts.lines(activity.channels()));
    }

    private void purposes(ReportDocument doc, List<PurposeView> purposes) {
        doc.sub(t.label("report.activity.purposes"));
        if (purposes.isEmpty()) {
            doc.text(t.label("report.none"));
            return;
        }
        doc.head(t.label("activity.purpose"), t.label("activity.legalBasis"), t.label("activity.art9Condition"),
                t.label("report.activity.basisDetails"));
        for (PurposeView purpose : purposes) {
            doc.row(purpose.description(), t.of(purpose.legalBasis()), t.of(purpose.art9Condition()),
                    ReportTexts.lines(Arrays.asList(labelled("activity.statutorySource", purpose.statutorySource()),
                            labelled("activity.balancingTest", purpose.balancingTestReference()))));
        }
    }

    private void dataCategories(ReportDocument doc, List<DataCategoryView> categories) {
        doc.sub(t.label("report.activity.data"));
        if (categories.isEmpty()) {
            doc.text(t.label("report.none"));
            return;
        }
        doc.head(t.label("activity.dataCategory"), t.label("activity.specialCategory"), t.label("activity.erasurePeriod"));
        for (DataCategoryView category : categories) {
            doc.row(category.name(), t.yesNo(category.specialCategory()), category.erasurePeriod());
        }
    }

    private void recipients(ReportDocument doc, List<RecipientView> recipients) {
        doc.sub(t.label("report.activity.recipients"));
        if (recipients.isEmpty()) {
            doc.text(t.label("report.none"));
            return;
        }
        doc.head(t.label("activity.recipient"), t.label("activity.recipientKind"), t.label("report.country"),
                t.label("report.activity.processor"));
        for (RecipientView recipient : recipients) {
            doc.row(recipient.name(), t.of(recipient.kind()), recipient.country(), recipient.processor());
        }
    }

    private void activityTransfers(ReportDocument doc, Collection<TransferView> transfers) {
        doc.sub(t.label("report.activity.transfers"));
        if (transfers.isEmpty()) {
            doc.text(t.label("report.activity.noTransfers"));
            return;
        }
        transferTable(doc, transfers);
    }

    private void transferTable(ReportDocument doc, Collection<TransferView> transfers) {
        doc.head(t.label("transfer.recipient"), t.label("report.country"), t.label("transfer.mechanism"),
                t.label("report.transfer.safeguards"));
        for (TransferView transfer : transfers) {
            doc.row(ReportTexts.lines(Arrays.asList(transfer.recipient(), transfer.processor() == null ? ""
                            : t.label("report.transfer.via", transfer.processor()))),
                    transfer.country(), t.of(transfer.mechanism()), safeguards(transfer));
        }
    }

    private String safeguards(TransferView transfer) {
        return ReportTexts.lines(Arrays.asList(
                transfer.sccModule() == null ? "" : t.of(transfer.sccModule()),
                transfer.derogation() == null ? "" : t.of(transfer.derogation()),
                transfer.dpfChecked() ? t.label("report.transfer.dpfChecked", nullToEmpty(t.date(transfer.dpfCheckedOn()))) : "",
                transfer.tiaDone() ? t.label("report.transfer.tia", ReportTexts.joined(", ",
                        t.date(transfer.tiaDate()), transfer.tiaReference())) : "",
                nullToEmpty(transfer.safeguardsDocumentation())));
    }

    private void measuresAnnex(ReportDocument doc, String letter) {
        doc.part("annex-measures", t.label("report.annex", letter, t.label("report.annex.measures")));
        if (register.measures().isEmpty()) {
            doc.text(t.label("report.none"));
            return;
        }
        List<Measure> security = register.measures().stream().filter(m -> m.getKind() == MeasureKind.SECURITY).toList();
        List<Measure> others = register.measures().stream().filter(m -> m.getKind() != MeasureKind.SECURITY).toList();
        if (!security.isEmpty()) {
            doc.head(t.label("measure.name"), t.label("measure.art32Letter"), t.label("common.status"), t.label("measure.evidence"));
            security.forEach(measure -> doc.row(ReportTexts.lines(Arrays.asList(measure.getTitle(),
                    nullToEmpty(measure.getDescription()))), t.of(measure.getArt32Letter()), t.of(measure.getStatus()),
                    measure.getEvidence()));
        }
        // information duties and organisation are kept apart: Art. 30(1)(g) describes the security measures of Art. 32
        if (!others.isEmpty()) {
            doc.sub(t.label("report.annex.otherMeasures"))
                    .head(t.label("measure.name"), t.label("measure.kind"), t.label("common.status"), t.label("measure.evidence"));
            others.forEach(measure -> doc.row(ReportTexts.lines(Arrays.asList(measure.getTitle(),
                    nullToEmpty(measure.getDescription()))), t.of(measure.getKind()), t.of(measure.getStatus()),
                    measure.getEvidence()));
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
        transferTable(doc, register.transfers().stream().map(TransferView::from).toList());
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
        String state = register.approvedOnly()
                ? t.label("report.cover.approvedAsOf", t.date(register.asOf()))
                : t.label("report.cover.lastChange", nullToEmpty(t.dateTime(register.lastChange())));
        return ReportTexts.lines(Arrays.asList(state,
                t.label("report.cover.activities", t.number(register.activities().size())),
                register.trail() == null ? null : t.label("report.cover.trail", register.trail())));
    }

    static String measureList(Collection<MeasureView> measures, ReportTexts t) {
        return ReportTexts.lines(measures.stream().map(m -> m.title() + " (" + t.of(m.status()) + ")").toList());
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
