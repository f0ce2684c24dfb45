package de.ropa.audit.boundary;

import de.ropa.audit.control.ChangeWording;
import de.ropa.audit.control.SnapshotDiff;
import de.ropa.audit.entity.AuditEntry;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One entry on the history pages: who did what when, and the fields that changed (before → after) in the words of
 * the screens; an import as what it brought in.
 */
public record AuditRow(long seq, LocalDateTime occurredAt, String actor, Long organisationId, String objectKind,
                       String objectId, String objectName, String action, List<Change> changes, String summary, String hash)
        implements Serializable {

    /** A field whose value differs between before and after, worded for people. */
    public record Change(String field, String before, String after) implements Serializable {
    }

    static final int SHOWN_CHANGES = 12;

    /**
     * Bookkeeping every change touches or none does, also inside an approval's frozen content: not worth a line on a
     * history page (the export keeps them).
     */
    static final Set<String> HIDDEN = Set.of("id", "version", "createdAt", "updatedAt");

    /**
     * @param wordings how changes of an object of a kind (the entry's objectKind) are worded
     * @param summaries what an entry that is not a change of fields says instead (an import's counts), or null
     */
    public static AuditRow from(AuditEntry e, Function<String, ChangeWording> wordings, Function<AuditEntry, String> summaries) {
        String summary = summaries.apply(e);
        List<Change> changes = List.of();
        if (summary == null) {
            ChangeWording wording = wordings.apply(e.getObjectKind());
            changes = SnapshotDiff.compare(e.getBeforeValue(), e.getAfterValue()).stream()
                    .filter(SnapshotDiff.Field::changed)
                    .filter(f -> !HIDDEN.contains(f.path().startsWith("content.") ? f.path().substring("content.".length()) : f.path()))
                    .map(f -> new Change(wording.field(f.path()), wording.value(f.path(), f.left()), wording.value(f.path(), f.right())))
                    .toList();
        }
        return new AuditRow(e.getSeq(), e.getOccurredAt(), e.getActor(), e.getOrganisationId(), e.getObjectKind(),
                e.getObjectId(), e.getObjectName(), e.getAction(), changes, summary, e.getHash());
    }

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
