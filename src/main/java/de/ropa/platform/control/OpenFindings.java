package de.ropa.platform.control;

import de.ropa.platform.entity.ObjectKind;
import java.util.List;
import java.util.Locale;

/**
 * The findings component's answer to a component below it that must not depend on it: which findings of high severity
 * are open on an object (an approval asks before it freezes an activity).
 */
public interface OpenFindings {

    /** The titles of the object's open findings of high severity, in {@code language}; empty when there are none. */
    List<String> openHigh(long orgId, ObjectKind kind, long id, Locale language);
}
