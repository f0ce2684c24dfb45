package de.ropa.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One change: who, when, which object, what it was before and after (JSON, in the shape its snapshot schema
 * version names), and the hash that chains it to the entry before. Written once; nothing in the product updates or deletes it.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public static final short CURRENT_HASH_VERSION = 3;

    @Id
    private long seq;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(name = "object_kind", nullable = false, updatable = false)
    private String objectKind;

    @Column(name = "object_id", nullable = false, updatable = false)
    private String objectId;

    @Column(name = "object_name", updatable = false)
    private String objectName;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "before_value", updatable = false)
    private String beforeValue;

    @Column(name = "after_value", updatable = false)
    private String afterValue;

    @Column(name = "prev_hash", nullable = false, updatable = false)
    private String prevHash;

    @Column(nullable = false, updatable = false)
    private String hash;

    /**
     * How the hash is computed (see ChainHash): 1 for entries written before length-prefixed fields, 2 since, 3 since
     * the snapshot version is hashed too.
     */
    @Column(name = "hash_version", nullable = false, updatable = false)
    private short hashVersion;

    /** The shape of before and after: the schema version of the kind's snapshot type (1 for every entry before). */
    @Column(name = "snapshot_version", nullable = false, updatable = false)
    private short snapshotVersion;

    protected AuditEntry() {
    }

    public AuditEntry(long seq, LocalDateTime occurredAt, String actor, Long organisationId, String objectKind,
                      String objectId, String objectName, String action, String beforeValue, String afterValue,
                      short snapshotVersion, String prevHash) {
        this.seq = seq;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.organisationId = organisationId;
        this.objectKind = objectKind;
        this.objectId = objectId;
        this.objectName = objectName;
        this.action = action;
        this.beforeValue = beforeValue;
        this.afterValue = afterValue;
        this.snapshotVersion = snapshotVersion;
        this.prevHash = prevHash;
        this.hashVersion = CURRENT_HASH_VERSION;
    }

    public void seal(String hash) {
        this.hash = hash;
    }

    public long getSeq() {
        return seq;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getObjectKind() {
        return objectKind;
    }

    public String getObjectId() {
        return objectId;
    }

    public String getObjectName() {
        return objectName;
    }

    public String getAction() {
        return action;
    }

    public String getBeforeValue() {
        return beforeValue;
    }

    public String getAfterValue() {
        return afterValue;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }

    public short getHashVersion() {
        return hashVersion;
    }

    public short getSnapshotVersion() {
        return snapshotVersion;
    }
}
