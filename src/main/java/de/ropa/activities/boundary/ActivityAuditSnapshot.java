package de.ropa.activities.boundary;

import de.ropa.activities.entity.ActivityStatus;
import de.ropa.activities.entity.ApprovalState;
import de.ropa.activities.entity.Art9Condition;
import de.ropa.activities.entity.DpiaDecision;
import de.ropa.activities.entity.LegalBasis;
import de.ropa.activities.entity.ProcessingActivity;
import de.ropa.activities.entity.RecipientKind;
import de.ropa.activities.entity.RecordType;
import de.ropa.platform.control.AuditSnapshot;
import de.ropa.platform.entity.Tracked;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

/** A processing activity as the audit trail records it (see {@link AuditSnapshot}); version 1 is the API's shape of 2026. */
public record ActivityAuditSnapshot(long id, long version, long organisationId, String name, String description,
                               RecordType recordType, String clientController, List<Purpose> purposes,
                               List<String> subjectCategories, List<DataCategory> dataCategories, String dataSource,
                               List<Recipient> recipients, List<Long> channelIds, List<Long> measureIds,
                               List<Long> transferIds, String department, String contactPerson, DpiaDecision dpiaDecision,
                               String dpiaReasons, String dpiaReference, String tomSummary, ActivityStatus status,
                               ApprovalState approvalState, LocalDate lastReviewedOn, LocalDate nextReviewOn,
                               LocalDateTime createdAt, LocalDateTime updatedAt) implements AuditSnapshot {

    public static final int VERSION = 1;

    /** A purpose with its legal basis. */
    public record Purpose(String description, LegalBasis legalBasis, Art9Condition art9Condition, String statutorySource,
                          String balancingTestReference) {
    }

    /** A category of personal data. */
    public record DataCategory(String name, boolean specialCategory, String erasurePeriod) {
    }

    /** A category of recipients. */
    public record Recipient(String name, RecipientKind kind, String country, Long processorId) {
    }

    static ActivityAuditSnapshot of(ProcessingActivity a) {
        return new ActivityAuditSnapshot(a.getId(), a.getVersion(), a.getOrganisationId(), a.getName(), a.getDescription(),
                a.getRecordType(), a.getClientController(),
                a.getPurposes().stream().map(p -> new Purpose(p.getDescription(), p.getLegalBasis(), p.getArt9Condition(),
                        p.getStatutorySource(), p.getBalancingTestReference())).toList(),
                List.copyOf(a.getSubjectCategories()),
                a.getDataCategories().stream().map(c -> new DataCategory(c.getName(), c.isSpecialCategory(),
                        c.getErasurePeriod())).toList(),
                a.getDataSource(),
                a.getRecipients().stream().map(r -> new Recipient(r.getName(), r.getKind(), r.getCountry(),
                        r.getProcessor() == null ? null : r.getProcessor().getId())).toList(),
                ids(a.getChannels()), ids(a.getMeasures()), ids(a.getTransfers()), a.getDepartment(), a.getContactPerson(),
                a.getDpiaDecision(), a.getDpiaReasons(), a.getDpiaReference(), a.getTomSummary(), a.getStatus(),
                a.getApprovalState(), a.getLastReviewedOn(), a.getNextReviewOn(), a.getCreatedAt(), a.getUpdatedAt());
    }

    private static List<Long> ids(Collection<? extends Tracked> linked) {
        return linked.stream().map(Tracked::getId).sorted().toList();
    }

    @Override
    public int schemaVersion() {
        return VERSION;
    }
}
