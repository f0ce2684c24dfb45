package de.ropa.findings.entity;

import de.ropa.platform.entity.Lengths;
import de.ropa.platform.entity.OrganisationScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A DPO's risk acceptance of one finding: who accepted it, when and why, and the facts it was accepted
 * for. It covers the finding only while the facts stay the same; a re-opened acceptance is kept as history.
 */
@Entity
@Table(name = "finding_acceptance")
public class FindingAcceptance extends OrganisationScoped {

    @Id
    @SequenceGenerator(name = "finding_acceptance_seq", sequenceName = "finding_acceptance_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finding_acceptance_seq")
    private Long id;

    @Column(name = "rule_id", length = 50, nullable = false, updatable = false)
    private String ruleId;

    @Column(name = "object_id", nullable = false, updatable = false)
    private long objectId;

    /** The finding id while this acceptance is in force, null once re-opened; unique, so one per finding. */
    @Column(name = "active_key", length = 100, unique = true)
    private String activeKey;

    @Column(name = "justification", length = Lengths.TEXT, nullable = false)
    private String justification;

    @Column(name = "facts_digest", length = 64, nullable = false)
    private String factsDigest;

    @Column(name = "facts", length = Lengths.TEXT, nullable = false)
    private String facts;

    @Column(name = "accepted_by", length = 100, nullable = false)
    private String acceptedBy;

    @Column(name = "accepted_at", nullable = false)
    private LocalDateTime acceptedAt;

    @Column(name = "reopened_by", length = 100)
    private String reopenedBy;

    @Column(name = "reopened_at")
    private LocalDateTime reopenedAt;

    @Column(name = "reopen_justification", length = Lengths.TEXT)
    private String reopenJustification;

    @Override
    public Long getId() {
        return id;
    }

    public String getRuleId() {
        return ruleId;
    }

    public void setRuleId(String ruleId) {
        this.ruleId = ruleId;
    }

    public long getObjectId() {
        return objectId;
    }

    public void setObjectId(long objectId) {
        this.objectId = objectId;
    }

    public String getActiveKey() {
        return activeKey;
    }

    public void setActiveKey(String activeKey) {
        this.activeKey = activeKey;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public String getFactsDigest() {
        return factsDigest;
    }

    public void setFactsDigest(String factsDigest) {
        this.factsDigest = factsDigest;
    }

    public String getFacts() {
        return facts;
    }

    public void setFacts(String facts) {
        this.facts = facts;
    }

    public String getAcceptedBy() {
        return acceptedBy;
    }

    public void setAcceptedBy(String acceptedBy) {
        this.acceptedBy = acceptedBy;
    }

    public LocalDateTime getAcceptedAt() {
        return acceptedAt;
    }

    public void setAcceptedAt(LocalDateTime acceptedAt) {
        this.acceptedAt = acceptedAt;
    }

    public String getReopenedBy() {
        return reopenedBy;
    }

    public LocalDateTime getReopenedAt() {
        return reopenedAt;
    }

    public String getReopenJustification() {
        return reopenJustification;
    }

    /** Ends the acceptance: the finding is open again, the acceptance stays as history. */
    public void reopen(String by, LocalDateTime at, String why) {
        activeKey = null;
        reopenedBy = by;
        reopenedAt = at;
        reopenJustification = why;
    }
}
