package de.ropa.platform.control;

/**
 * A value recorded in the audit trail before or after a change: a type of its own per kind, not the API's response,
 * so that stored history keeps its shape when the API changes. A change of the shape raises {@link #schemaVersion()},
 * which every trail entry stores beside the values.
 */
public interface AuditSnapshot {

    /**
     * The version of this type's shape; 1 is the shape the trail stored before snapshots had types of their own. A
     * property renamed, removed or given another meaning raises it; a property added keeps it (entries written before
     * simply lack it, e.g. an organisation's organisationType).
     */
    int schemaVersion();
}
