package de.ropa.activities.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * An approved version of a processing activity, frozen: its content (an ActivitySnapshot as JSON), who
 * approved it and when, and when a later approval or the activity's deletion superseded it. Valid on a
 * day D when approved by the end of D and not superseded by then.
 */
@Entity
@Table(name = "activity_version")
public class ActivityVersion {

    @Id
    @SequenceGenerator(name = "activity_version_seq", sequenceName = "activity_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_version_seq")
    private Long id;

    @Column(name = "activity_id", nullable = false, updatable = false)
    private long activityId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false)
    private String content;

    @Column(name = "approved_by", nullable = false, updatable = false)
    private String approvedBy;

    @Column(name = "approved_at", nullable = false, updatable = false)
    private LocalDateTime approvedAt;

    @Column(name = "superseded_at")
    private LocalDateTime supersededAt;

    @Column(name = "submitted_by", updatable = false)
    private String submittedBy;

    /** Approved by the person who submitted it, as the organisation allows (a one-person office). */
    @Column(name = "self_approved", nullable = false, updatable = false)
    private boolean selfApproved;

    /** Findings of high severity open on the activity when it was approved, which the approver confirmed. */
    @Column(name = "open_high_findings", nullable = false, updatable = false)
    private int openHighFindings;

    protected ActivityVersion() {
    }

    public ActivityVersion(long activityId, long organisationId, int number, String content, String approvedBy,
                           LocalDateTime approvedAt) {
        this.activityId = activityId;
        this.organisationId = organisationId;
        this.number = number;
        this.content = content;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
    }

    /** How the approval came about: who had submitted, whether that was the approver, what was open then. */
    public ActivityVersion approvedAfter(String submitter, boolean self, int openHigh) {
        this.submittedBy = submitter;
        this.selfApproved = self;
        this.openHighFindings = openHigh;
        return this;
    }

    public void supersede(LocalDateTime at) {
        if (supersededAt == null) {
            supersededAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public long getActivityId() {
        return activityId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public int getNumber() {
        return number;
    }

    public String getContent() {
        return content;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public LocalDateTime getApprovedAt() {
        return approvedAt;
    }

    public LocalDateTime getSupersededAt() {
        return supersededAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public boolean isSelfApproved() {
        return selfApproved;
    }

    public int getOpenHighFindings() {
        return openHighFindings;
    }
}
