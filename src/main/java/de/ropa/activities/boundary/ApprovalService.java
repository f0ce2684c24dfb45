package de.ropa.activities.boundary;

import de.ropa.activities.entity.ActivityVersion;
import de.ropa.activities.entity.ApprovalState;
import de.ropa.activities.entity.ProcessingActivity;
import de.ropa.audit.control.AuditTrail;
import de.ropa.audit.control.SnapshotDiff;
import de.ropa.organisations.entity.Organisation;
import de.ropa.platform.control.CallerScope;
import de.ropa.platform.control.ConflictException;
import de.ropa.platform.control.ForbiddenException;
import de.ropa.platform.control.InvalidFieldException;
import de.ropa.platform.control.NotFoundException;
import de.ropa.platform.control.OpenFindings;
import de.ropa.platform.control.RegisterStore;
import de.ropa.platform.control.Trail;
import de.ropa.platform.entity.ObjectKind;
import de.ropa.platform.entity.Role;
import de.ropa.platform.i18n.Text;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Approval of processing activities: draft → in review → approved (a frozen version), and a later approval
 * supersedes the version before. Answers which versions were in force on a given day.
 */
@ApplicationScoped
@Transactional
public class ApprovalService {

    static final ObjectKind KIND = ObjectKind.ACTIVITY;

    @Inject
    RegisterStore store;

    @Inject
    Trail trail;

    @Inject
    CallerScope visibility;

    @Inject
    OpenFindings findings;

    @RolesAllowed(Role.DPO_NAME)
    public ProcessingActivity submit(long orgId, long id, long expectedVersion) {
        return move(orgId, id, expectedVersion, ApprovalState.DRAFT, ApprovalState.IN_REVIEW, "SUBMIT", null);
    }

    @RolesAllowed(Role.DPO_NAME)
    public ProcessingActivity reject(long orgId, long id, long expectedVersion, String reason) {
        store.validate(ReasonRequest.of(reason));
        return move(orgId, id, expectedVersion, ApprovalState.IN_REVIEW, ApprovalState.DRAFT, "REJECT", reason);
    }

    /**
     * Freezes the activity as it is now into a new approved version; the version before is superseded. Four eyes: the
     * approver is someone other than the submitter, unless the organisation allows self-approval (recorded with the
     * version). Open findings of high severity refuse the approval unless the approver confirms them (recorded too).
     */
    @RolesAllowed(Role.DPO_NAME)
    public ActivityVersion approve(long orgId, long id, long expectedVersion, boolean openHighFindingsConfirmed) {
        store.requireOrganisation(orgId);
        ProcessingActivity activity = store.findForChange(ProcessingActivity.class, KIND, orgId, id, expectedVersion);
        requireState(activity, ApprovalState.IN_REVIEW, "approval.approve");
        String approver = visibility.callerName();
        String submitter = activity.getSubmittedBy();
        boolean self = approver.equals(submitter);
        if (self && !selfApprovalAllowed(orgId)) {
            throw new ForbiddenException("approval.fourEyes", submitter);
        }
        int openHigh = findings.openHigh(orgId, KIND, id, Locale.GERMAN).size();
        if (openHigh > 0 && !openHighFindingsConfirmed) {
            throw new ConflictException("approval.openHighFindings", openHigh);
        }
        store.fetch(ProcessingActivity.class, List.of(activity), ActivityService.COLLECTIONS);
        LocalDateTime now = now();
        current(id).ifPresent(previous -> previous.supersede(now));
        Integer last = store.em().createQuery("SELECT MAX(v.number) FROM ActivityVersion v WHERE v.activityId = :id", Integer.class)
                .setParameter("id", id).getSingleResult();
        ActivityVersion version = new ActivityVersion(id, orgId, last == null ? 1 : last + 1,
                AuditTrail.json(ActivitySnapshot.from(activity)), approver, now).approvedAfter(submitter, self, openHigh);
        store.em().persist(version);
        activity.setApprovalState(ApprovalState.APPROVED);
        activity.touch();
        store.em().flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("approvalState", ApprovalState.APPROVED);
        after.put("versionNumber", version.getNumber());
        after.put("submittedBy", submitter);
        if (self) {
            after.put("selfApproved", true);
        }
        if (openHigh > 0) {
            after.put("openHighFindingsConfirmed", openHigh);
        }
        after.put("content", ActivitySnapshot.from(activity));
        trail.record(orgId, ObjectKind.ACTIVITY, id, activity.getName(), "APPROVE", Map.of("approvalState", ApprovalState.IN_REVIEW), after);
        return version;
    }

    /** Whether the organisation lets the submitter of an activity approve it too. */
    public boolean selfApprovalAllowed(long orgId) {
        store.requireOrganisation(orgId);
        return store.em().find(Organisation.class, orgId).isSelfApprovalAllowed();
    }

    /** The titles of the activity's open findings of high severity, which an approval must confirm. */
    public List<String> openHighFindings(long orgId, long id, Locale language) {
        return findings.openHigh(orgId, KIND, id, language);
    }

    /** Ends the version in force when its activity is deleted. */
    void retire(ProcessingActivity activity) {
        current(activity.getId()).ifPresent(version -> version.supersede(now()));
    }

    public List<ActivityVersion> versions(long orgId, long id) {
        store.requireOrganisation(orgId);
        List<ActivityVersion> versions = store.em().createQuery("SELECT v FROM ActivityVersion v WHERE v.activityId = :id"
                        + " AND v.organisationId = :org ORDER BY v.number DESC", ActivityVersion.class)
                .setParameter("id", id).setParameter("org", orgId).getResultList();
        if (versions.isEmpty()) {
            store.find(ProcessingActivity.class, KIND, orgId, id);
        }
        return versions;
    }

    public ActivityVersion version(long orgId, long id, int number) {
        return versions(orgId, id).stream().filter(v -> v.getNumber() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("problem.notFound.version", String.valueOf(number)));
    }

    /** Version {@code number} beside version {@code other}, or beside the current state when other is null. */
    public List<SnapshotDiff.Field> compare(long orgId, long id, int number, Integer other) {
        ActivityVersion left = version(orgId, id, number);
        String right;
        if (other == null) {
            ProcessingActivity activity = store.find(ProcessingActivity.class, KIND, orgId, id);
            store.fetch(ProcessingActivity.class, List.of(activity), ActivityService.COLLECTIONS);
            right = AuditTrail.json(ActivitySnapshot.from(activity));
        } else {
            right = version(orgId, id, other).getContent();
        }
        return SnapshotDiff.compare(left.getContent(), right);
    }

    /** The versions in force now (approved, not superseded). */
    public List<ActivityVersion> inForce(long orgId) {
        store.requireOrganisation(orgId);
        return store.em().createQuery("SELECT v FROM ActivityVersion v WHERE v.organisationId = :org AND v.supersededAt IS NULL"
                + " ORDER BY v.activityId", ActivityVersion.class).setParameter("org", orgId).getResultList();
    }

    /** The versions in force at the end of this day (UTC): the approved register as it stood then. */
    public List<ActivityVersion> asOf(long orgId, LocalDate day) {
        store.requireOrganisation(orgId);
        LocalDateTime end = day.plusDays(1).atStartOfDay();
        return store.em().createQuery("SELECT v FROM ActivityVersion v WHERE v.organisationId = :org AND v.approvedAt < :end"
                        + " AND (v.supersededAt IS NULL OR v.supersededAt >= :end) ORDER BY v.activityId", ActivityVersion.class)
                .setParameter("org", orgId).setParameter("end", end).getResultList();
    }

    private ProcessingActivity move(long orgId, long id, long expectedVersion, ApprovalState from, ApprovalState to,
                                    String action, String reason) {
        store.requireOrganisation(orgId);
        ProcessingActivity activity = store.findForChange(ProcessingActivity.class, KIND, orgId, id, expectedVersion);
        requireState(activity, from, action.equals("SUBMIT") ? "approval.submit" : "approval.sendBack");
        if (action.equals("REJECT") && (reason == null || reason.isBlank())) {
            throw new InvalidFieldException("reason", "approval.reason");
        }
        activity.setApprovalState(to);
        if (to == ApprovalState.IN_REVIEW) {
            activity.setSubmittedBy(visibility.callerName());
        }
        activity.touch();
        store.em().flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("approvalState", to);
        if (reason != null && !reason.isBlank()) {
            after.put("reason", reason.trim());
        }
        trail.record(orgId, ObjectKind.ACTIVITY, id, activity.getName(), action, Map.of("approvalState", from), after);
        store.fetch(ProcessingActivity.class, List.of(activity), ActivityService.COLLECTIONS);
        return activity;
    }

    private static void requireState(ProcessingActivity activity, ApprovalState required, String verb) {
        if (activity.getApprovalState() != required) {
            throw new ConflictException("approval.wrongState", activity.getApprovalState(), required, Text.of(verb));
        }
    }

    private java.util.Optional<ActivityVersion> current(long activityId) {
        return store.em().createQuery("SELECT v FROM ActivityVersion v WHERE v.activityId = :id AND v.supersededAt IS NULL",
                ActivityVersion.class).setParameter("id", activityId).getResultStream().findFirst();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
