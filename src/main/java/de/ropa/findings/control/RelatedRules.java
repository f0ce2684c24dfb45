package de.ropa.findings.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rules that look at one root cause from two sides (a consumer app, and a consumer app in health care; a transfer
 * without mechanism, and a DPF certification that could carry it). When both fire on one object, each finding names the
 * other, so a DPO reads one cause with its aspects instead of the same explanation twice.
 */
final class RelatedRules {

    private static final List<Set<String>> GROUPS = List.of(
            Set.of("CH-CONSUMER-APP", "CH-CONSUMER-APP-HEALTH-CARE", "CH-CONSUMER-APP-SCHOOL"),
            Set.of("CH-PRIVATE-DEVICE", "CH-BUSINESS-RECORDS"),
            Set.of("CH-SERVICE-UNVERIFIED", "CH-SERVICE-CHANGED"),
            Set.of("CH-NO-ART13", "CH-NOT-IN-PRIVACY-NOTICE"),
            Set.of("CH-REVIEW-OVERDUE", "CH-NEVER-REVIEWED"),
            Set.of("TR-NO-MECHANISM", "TR-DPF-AVAILABLE"),
            Set.of("TR-DPF-NOT-CERTIFIED", "TR-DPF-NOT-VERIFIED", "TR-DPF-LEGAL-RISK"));

    private static final Map<String, Set<String>> RELATED = related();

    private RelatedRules() {
    }

    private static Map<String, Set<String>> related() {
        Map<String, Set<String>> related = new HashMap<>();
        for (Set<String> group : GROUPS) {
            for (String rule : group) {
                related.computeIfAbsent(rule, k -> new TreeSet<>()).addAll(group);
                related.get(rule).remove(rule);
            }
        }
        return related;
    }

    /** The rules related to a rule (none for most). */
    static Set<String> of(String ruleId) {
        return RELATED.getOrDefault(ruleId, Set.of());
    }

    /** The findings raised on one object, each naming the related ones among them. */
    static List<Finding> link(List<Finding> onOneObject) {
        if (onOneObject.size() < 2) {
            return onOneObject;
        }
        return onOneObject.stream().map(finding -> {
            Set<String> rules = of(finding.rule().id());
            List<String> related = onOneObject.stream().filter(other -> rules.contains(other.rule().id()))
                    .map(Finding::id).sorted().toList();
            return related.isEmpty() ? finding : new Finding(finding.rule(), finding.organisationId(), finding.objectId(),
                    finding.objectName(), finding.evidence(), related);
        }).toList();
    }
}
