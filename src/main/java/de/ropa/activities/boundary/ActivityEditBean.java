package de.ropa.activities.boundary;

import de.ropa.activities.boundary.ActivityEntries.DataCategoryEntry;
import de.ropa.activities.boundary.ActivityEntries.PurposeEntry;
import de.ropa.activities.boundary.ActivityEntries.RecipientEntry;
import de.ropa.activities.entity.ActivityStatus;
import de.ropa.activities.entity.ApprovalState;
import de.ropa.activities.entity.ProcessingActivity;
import de.ropa.activities.entity.RecordType;
import de.ropa.platform.control.ScopedRegisterService;
import de.ropa.platform.faces.FormErrors;
import de.ropa.platform.faces.Labels;
import de.ropa.platform.faces.RegisterEditBean;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The page of one processing activity: every Art. 30 field, purposes with their legal bases, data
 * categories with erasure periods, recipients, and the channels, measures and transfers it uses, chosen
 * from pickers; its findings beside it.
 */
@Named
@ViewScoped
public class ActivityEditBean extends RegisterEditBean<ProcessingActivity, ActivityRequest> {

    private static final long serialVersionUID = 1L;

    @Inject
    ActivityService activities;

    @Inject
    ApprovalService approvals;

    private ApprovalState approvalState;
    private String submittedBy;
    private boolean selfApprovalAllowed;
    private List<String> openHighFindings = List.of();
    private List<ActivityVersionView> versions = List.of();
    private String reason;

    /** An approved version as the page lists it. */
    public record ActivityVersionView(int number, String state, String approvedBy, LocalDateTime approvedAt,
                                      LocalDateTime supersededAt, String submittedBy, boolean selfApproved,
                                      int openHighFindings) implements Serializable {
    }

    public ActivityEditBean() {
        super("/activities/activity", "activity.saved", "activityForm");
    }

    @Override
    protected ScopedRegisterService<ProcessingActivity, ActivityRequest> service() {
        return activities;
    }

    @Override
    protected ActivityRequest newRequest() {
        ActivityRequest request = new ActivityRequest();
        request.recordType = RecordType.CONTROLLER;
        request.status = ActivityStatus.DRAFT;
        request.purposes.add(new PurposeEntry());
        request.dataCategories.add(new DataCategoryEntry());
        return request;
    }

    @Override
    protected ActivityRequest requestOf(ProcessingActivity activity) {
        return ActivityRequest.from(activity);
    }

    @Override
    protected void loaded(ProcessingActivity activity) {
        approvalState = activity.getApprovalState();
        submittedBy = activity.getSubmittedBy();
        long orgId = activity.getOrganisationId();
        selfApprovalAllowed = approvals.selfApprovalAllowed(orgId);
        openHighFindings = approvalState == ApprovalState.IN_REVIEW
                ? approvals.openHighFindings(orgId, activity.getId(), Labels.locale()) : List.of();
        versions = approvals.versions(orgId, activity.getId()).stream()
                .map(v -> new ActivityVersionView(v.getNumber(), v.getSupersededAt() == null ? "APPROVED" : "SUPERSEDED",
                        v.getApprovedBy(), v.getApprovedAt(), v.getSupersededAt(), v.getSubmittedBy(), v.isSelfApproved(),
                        v.getOpenHighFindings())).toList();
    }

    public String submit() {
        return approval(() -> approvals.submit(organisation.require(), getId(), readVersion()), "approval.submitted");
    }

    public String approve() {
        // the approver confirms the open findings of high severity the page showed, and only those
        List<String> now = approvals.openHighFindings(organisation.require(), getId(), Labels.locale());
        if (!now.equals(openHighFindings)) {
            openHighFindings = now;
            errors().refused(text("approval.openHigh.changed"));
            return null;
        }
        boolean confirmed = !openHighFindings.isEmpty();
        return approval(() -> approvals.approve(organisation.require(), getId(), readVersion(), confirmed), "approval.approved");
    }

    public String reject() {
        return approval(() -> approvals.reject(organisation.require(), getId(), readVersion(), reason), "approval.rejected");
    }

    private String approval(java.util.function.Supplier<?> change, String savedKey) {
        if (errors().attempt("approvalForm", change) == FormErrors.Outcome.SAVED) {
            errors().saved(text(savedKey));
            return again();
        }
        return null;
    }

    public ApprovalState getApprovalState() {
        return approvalState;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    /** Whether the one looking at the page submitted the activity, and the organisation wants another approver. */
    public boolean isAnotherApproverNeeded() {
        return !selfApprovalAllowed && submittedBy != null
                && submittedBy.equals(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
    }

    /** Whether the one looking at the page submitted it and may approve it anyway (recorded as self-approval). */
    public boolean isSelfApproval() {
        return selfApprovalAllowed && submittedBy != null
                && submittedBy.equals(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
    }

    public List<String> getOpenHighFindings() {
        return openHighFindings;
    }

    public List<ActivityVersionView> getVersions() {
        return versions;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public void addPurpose() {
        getRequest().purposes.add(new PurposeEntry());
    }

    public void removePurpose(int index) {
        getRequest().purposes.remove(index);
    }

    public void addDataCategory() {
        getRequest().dataCategories.add(new DataCategoryEntry());
    }

    public void removeDataCategory(int index) {
        getRequest().dataCategories.remove(index);
    }

    public void addRecipient() {
        getRequest().recipients.add(new RecipientEntry());
    }

    public void removeRecipient(int index) {
        getRequest().recipients.remove(index);
    }
}
