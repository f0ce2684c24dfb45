package de.ropa.findings.control;

import de.ropa.findings.entity.Severity;
import de.ropa.platform.entity.ObjectKind;
import java.time.LocalDate;
import java.util.function.BiFunction;

/**
 * One rule of the catalogue: a stable id, its severity, the kind of object it looks at, and the check
 * that returns the evidence when it fires (null when it does not). Texts live in the rules bundles.
 *
 * @param <T> the facts of the object kind
 */
public record Rule<T>(String id, Severity severity, ObjectKind kind, BiFunction<T, LocalDate, Evidence> check) {

    /** The evidence if the rule fires on these facts today, else null. */
    public Evidence evaluate(T facts, LocalDate today) {
        return check.apply(facts, today);
    }
}
