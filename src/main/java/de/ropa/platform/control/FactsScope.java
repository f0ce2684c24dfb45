package de.ropa.platform.control;

import de.ropa.platform.entity.ObjectKind;
import java.util.Set;

/**
 * Which part of the register the findings evaluate: some organisations (null: all of them), and optionally only
 * one object of one kind.
 */
public record FactsScope(Set<Long> organisations, ObjectKind kind, Long objectId) {

    public static FactsScope organisations(Set<Long> organisations) {
        return new FactsScope(organisations, null, null);
    }

    public static FactsScope object(long organisation, ObjectKind kind, long objectId) {
        return new FactsScope(Set.of(organisation), kind, objectId);
    }

    /** Whether objects of this kind are evaluated at all. */
    public boolean includes(ObjectKind candidate) {
        return kind == null || kind == candidate;
    }

    public boolean narrowsTo(ObjectKind candidate) {
        return kind == candidate && objectId != null;
    }
}
