package de.ropa.activities.boundary;

import de.ropa.activities.entity.ActivityStatus;
import de.ropa.activities.entity.Art9Condition;
import de.ropa.activities.entity.DpiaDecision;
import de.ropa.activities.entity.LegalBasis;
import de.ropa.activities.entity.ProcessingActivity;
import de.ropa.activities.entity.RecipientKind;
import de.ropa.activities.entity.RecordType;
import de.ropa.measures.entity.MeasureStatus;
import de.ropa.transfers.entity.Derogation;
import de.ropa.transfers.entity.SccModule;
import de.ropa.transfers.entity.Transfer;
import de.ropa.transfers.entity.TransferMechanism;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A processing activity complete in itself: its fields and, by name, what it links to (channels,
 * measures, transfers, processors). An approved version stores this, so the record as it stood on a day
 * reads the same later whatever happened to the linked objects; the record report prints it.
 */
@Schema(name = "ActivitySnapshot")
public record ActivitySnapshot(long id, String name, String description, RecordType recordType, String clientController,
                               String department, String contactPerson, String dataSource, ActivityStatus status,
                               List<PurposeView> purposes, List<String> subjectCategories,
                               List<DataCategoryView> dataCategories, List<RecipientView> recipients,
                               List<String> channels, List<MeasureView> measures, List<TransferView> transfers,
                               String tomSummary, DpiaDecision dpiaDecision, String dpiaReasons, String dpiaReference,
                               LocalDate lastReviewedOn, LocalDate nextReviewOn) {

    public record PurposeView(String description, LegalBasis legalBasis, Art9Condition art9Condition,
                              String statutorySource, String balancingTestReference) {
    }

    public record DataCategoryView(String name, boolean specialCategory, String erasurePeriod) {
    }

    public record RecipientView(String name, RecipientKind kind, String country, String processor) {
    }

    public record MeasureView(String title, MeasureStatus status) {
    }

    public record TransferView(String recipient, String country, String processor, TransferMechanism mechanism,
                               SccModule sccModule, Derogation derogation, boolean dpfChecked, LocalDate dpfCheckedOn,
                               boolean tiaDone, LocalDate tiaDate, String tiaReference, String safeguardsDocumentation) {

        public static TransferView from(Transfer t) {
            return new TransferView(t.getRecipient(), t.getCountry(), t.getProcessor() == null ? null : t.getProcessor().getName(),
                    t.getMechanism(), t.getSccModule(), t.getDerogation(), t.isDpfChecked(), t.getDpfCheckedOn(), t.isTiaDone(),
                    t.getTiaDate(), t.getTiaReference(), t.getSafeguardsDocumentation());
        }
    }

    /** The activity as it is now (its collections loaded). */
    public static ActivitySnapshot from(ProcessingActivity a) {
        return new ActivitySnapshot(a.getId(), a.getName(), a.getDescription(), a.getRecordType(), a.getClientController(),
                a.getDepartment(), a.getContactPerson(), a.getDataSource(), a.getStatus(),
                a.getPurposes().stream().map(p -> new PurposeView(p.getDescription(), p.getLegalBasis(), p.getArt9Condition(),
                        p.getStatutorySource(), p.getBalancingTestReference())).toList(),
                List.copyOf(a.getSubjectCategories()),
                a.getDataCategories().stream().map(d -> new DataCategoryView(d.getName(), d.isSpecialCategory(),
                        d.getErasurePeriod())).toList(),
                a.getRecipients().stream().map(r -> new RecipientView(r.getName(), r.getKind(), r.getCountry(),
                        r.getProcessor() == null ? null : r.getProcessor().getName())).toList(),
                a.getChannels().stream().map(c -> c.getName() + " – " + c.getService().getName()).sorted().toList(),
                a.getMeasures().stream().map(m -> new MeasureView(m.getTitle(), m.getStatus()))
                        .sorted(Comparator.comparing(MeasureView::title)).toList(),
                a.getTransfers().stream().map(TransferView::from).sorted(Comparator.comparing(TransferView::recipient)).toList(),
                a.getTomSummary(), a.getDpiaDecision(), a.getDpiaReasons(), a.getDpiaReference(), a.getLastReviewedOn(),
                a.getNextReviewOn());
    }
}
