package de.ropa.findings.control;

import java.util.List;

/**
 * A rule that fired on one object, with the evidence it fired on and the ids of the related findings raised on the
 * same object (one root cause seen from two sides: each names the other instead of repeating its explanation).
 */
public record Finding(Rule<?> rule, long organisationId, long objectId, String objectName, Evidence evidence,
                      List<String> related) {

    public Finding(Rule<?> rule, long organisationId, long objectId, String objectName, Evidence evidence) {
        this(rule, organisationId, objectId, objectName, evidence, List.of());
    }

    /** Stable while the object exists: rule id and object id, e.g. "CH-CONTACT-SYNC.42". */
    public String id() {
        return id(rule.id(), objectId);
    }

    public static String id(String ruleId, long objectId) {
        return ruleId + "." + objectId;
    }
}
