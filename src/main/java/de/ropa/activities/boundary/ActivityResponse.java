package de.ropa.activities.boundary;

import de.ropa.activities.boundary.ActivityEntries.DataCategoryEntry;
import de.ropa.activities.boundary.ActivityEntries.PurposeEntry;
import de.ropa.activities.boundary.ActivityEntries.RecipientEntry;
import de.ropa.activities.entity.ActivityStatus;
import de.ropa.activities.entity.ApprovalState;
import de.ropa.activities.entity.DpiaDecision;
import de.ropa.activities.entity.ProcessingActivity;
import de.ropa.activities.entity.RecordType;
import de.ropa.platform.entity.Tracked;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A processing activity as the API shows it. */
@Schema(name = "Activity")
public record ActivityResponse(
        long id,
        @Schema(description = "Version for If-Match; also sent as ETag") long version,
        long organisationId,
        String name, String description, RecordType recordType, String clientController,
        List<PurposeEntry> purposes, List<String> subjectCategories, List<DataCategoryEntry> dataCategories,
        String dataSource, List<RecipientEntry> recipients,
        List<Long> channelIds, List<Long> measureIds, List<Long> transferIds,
        String department, String contactPerson,
        DpiaDecision dpiaDecision, String dpiaReasons, String dpiaReference, String tomSummary,
        ActivityStatus status,
        @Schema(description = "DRAFT, IN_REVIEW or APPROVED; changed by submit, approve and reject, and any change makes it DRAFT")
        ApprovalState approvalState,
        LocalDate lastReviewedOn, LocalDate nextReviewOn,
        @Schema(description = "UTC") LocalDateTime createdAt,
        @Schema(description = "UTC") LocalDateTime updatedAt) {

    public static ActivityResponse from(ProcessingActivity a) {
        return new ActivityResponse(a.getId(), a.getVersion(), a.getOrganisationId(), a.getName(), a.getDescription(),
                a.getRecordType(), a.getClientController(),
                a.getPurposes().stream().map(PurposeEntry::from).toList(),
                List.copyOf(a.getSubjectCategories()),
                a.getDataCategories().stream().map(DataCategoryEntry::from).toList(),
                a.getDataSource(),
                a.getRecipients().stream().map(RecipientEntry::from).toList(),
                ids(a.getChannels()), ids(a.getMeasures()), ids(a.getTransfers()),
                a.getDepartment(), a.getContactPerson(), a.getDpiaDecision(), a.getDpiaReasons(), a.getDpiaReference(),
                a.getTomSummary(), a.getStatus(), a.getApprovalState(), a.getLastReviewedOn(), a.getNextReviewOn(), a.getCreatedAt(),
                a.getUpdatedAt());
    }

    private static List<Long> ids(Collection<? extends Tracked> linked) {
        return linked.stream().map(Tracked::getId).sorted().toList();
    }
}
