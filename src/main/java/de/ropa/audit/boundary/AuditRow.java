package de.ropa.audit.boundary;

import de.ropa.audit.control.SnapshotDiff;
import de.ropa.audit.entity.AuditEntry;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** One entry on the history pages: who did what when, and the fields that changed (before → after). */
public record AuditRow(long seq, LocalDateTime occurredAt, String actor, Long organisationId, String objectKind,
                       String objectId, String objectName, String action, List<Change> changes, String hash)
        implements Serializable {

    /** A field whose value differs between before and after. */
    public record Change(String field, String before, String after) implements Serializable {
    }

    public static AuditRow from(AuditEntry e) {
        List<Change> changes = SnapshotDiff.compare(e.getBeforeValue(), e.getAfterValue()).stream()
                .filter(SnapshotDiff.Field::changed)
                .filter(f -> !f.path().equals("version") && !f.path().equals("updatedAt") && !f.path().equals("createdAt"))
                .map(f -> new Change(f.path(), f.left(), f.right())).toList();
        return new AuditRow(e.getSeq(), e.getOccurredAt(), e.getActor(), e.getOrganisationId(), e.getObjectKind(),
                e.getObjectId(), e.getObjectName(), e.getAction(), changes, e.getHash());
    }

    static final int SHOWN_CHANGES = 12;

    /** The changes a history page lists; the rest are in the export. */
    public List<Change> shownChanges() {
        return changes.size() <= SHOWN_CHANGES ? changes : changes.subList(0, SHOWN_CHANGES);
    }

    public boolean moreChanges() {
        return changes.size() > SHOWN_CHANGES;
    }

    /** The first characters of the hash, enough to compare by eye. */
    public String shortHash() {
        return hash.substring(0, 16);
    }
}
