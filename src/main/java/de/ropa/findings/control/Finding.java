package de.ropa.findings.control;

/** A rule that fired on one object, with the evidence it fired on. */
public record Finding(Rule<?> rule, long organisationId, long objectId, String objectName, Evidence evidence) {

    /** Stable while the object exists: rule id and object id, e.g. "CH-CONTACT-SYNC.42". */
    public String id() {
        return id(rule.id(), objectId);
    }

    public static String id(String ruleId, long objectId) {
        return ruleId + "." + objectId;
    }
}
