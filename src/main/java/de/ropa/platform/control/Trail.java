package de.ropa.platform.control;

import de.ropa.platform.entity.ObjectKind;
import java.util.function.Supplier;

/**
 * The audit trail as every component writes to it. The audit component implements it; components depend on this
 * interface, not on the audit component, so that audit can read what they own without a cycle.
 */
public interface Trail {

    /**
     * Records a change in the caller's transaction; {@code before} is null for a creation, {@code after} null for a
     * deletion. An object is recorded as its kind's {@link AuditSnapshot}, other values (changed fields) as they are.
     */
    void record(Long organisationId, ObjectKind kind, Object objectId, String objectName, String action,
                Object before, Object after);

    /**
     * The number of the trail's last committed entry: every change of the register writes an entry in its own
     * transaction, so the number moves whenever anything changed, and what is derived from the register may be kept
     * while it stands. Empty while the caller's transaction holds changes of its own (recorded, or summarised and
     * not yet recorded): those may still roll back.
     */
    java.util.OptionalLong revision();

    /**
     * Marks the caller's transaction as one about to change the register (before its first change is recorded):
     * from then on it has no {@link #revision()}, so nothing it reads is kept for others.
     */
    void changing();

    /**
     * Takes the trail's head for the caller's transaction, as recording a change does. Work that must happen once
     * however many servers start against the same database at the same moment (the first admin, the catalogue's
     * edition, the demo register) calls this first: it runs on one server at a time, and the next finds it done.
     */
    void oneAtATime();

    /** Whether the caller is inside {@link #summarised}: its single changes are not recorded. */
    boolean summarising();

    /** Runs an operation whose single changes are not recorded one by one (the caller records the whole). */
    <T> T summarised(Supplier<T> operation);
}
