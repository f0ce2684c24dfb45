package de.ropa.findings.control;

import static de.ropa.findings.entity.Severity.HIGH;
import static de.ropa.findings.entity.Severity.LOW;
import static de.ropa.findings.entity.Severity.MEDIUM;

import de.ropa.activities.boundary.ActivityFacts.DataCategoryFacts;
import de.ropa.activities.boundary.ActivityFacts.PurposeFacts;
import de.ropa.activities.boundary.ActivityFacts;
import de.ropa.activities.entity.DpiaDecision;
import de.ropa.activities.entity.LegalBasis;
import de.ropa.activities.entity.RecordType;
import de.ropa.findings.entity.Severity;
import de.ropa.platform.entity.ObjectKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** The rules on processing activities (Art. 30(1) and (2), Art. 6, 9 and 35; src/docs/domain.md sections 1 and 2). */
public final class ActivityRules {

    public static final List<Rule<ActivityFacts>> ALL = List.of(
            rule("ACT-ART30-INCOMPLETE", HIGH, (a, today) -> {
                List<String> missing = missingArt30Fields(a);
                return missing.isEmpty() ? null : Evidence.of("recordType", a.recordType(), "missing", missing);
            }),
            rule("ACT-NO-ERASURE-PERIOD", LOW, (a, today) -> {
                List<String> without = a.dataCategories().stream().filter(d -> !d.erasurePeriodStated())
                        .map(DataCategoryFacts::name).toList();
                return a.recordType() == RecordType.CONTROLLER && !without.isEmpty()
                        ? Evidence.of("dataCategoriesWithoutErasurePeriod", without) : null;
            }),
            rule("ACT-NO-TOMS", MEDIUM, (a, today) -> a.measures() == 0 && !a.tomSummary()
                    ? Evidence.of("measures", 0, "tomSummary", "") : null),
            rule("ACT-SPECIAL-NO-DPIA", HIGH, (a, today) -> special(a) && a.dpiaDecision() == null
                    ? Evidence.of("specialCategories", true, "dpiaDecision", "") : null),
            rule("ACT-SPECIAL-NO-ART9", HIGH, (a, today) -> a.recordType() == RecordType.CONTROLLER
                    && specialData(a) && a.purposes().stream().allMatch(p -> p.art9Condition() == null)
                    ? Evidence.of("specialCategories", true, "art9Condition", "") : null),
            rule("ACT-DPIA-OUTSTANDING", MEDIUM, (a, today) -> a.dpiaDecision() == DpiaDecision.REQUIRED
                    ? Evidence.of("dpiaDecision", a.dpiaDecision()) : null),
            rule("ACT-NO-BALANCING-TEST", LOW, (a, today) -> a.purposes().stream().anyMatch(
                    p -> p.legalBasis() == LegalBasis.F_LEGITIMATE_INTERESTS && !p.balancingTestReferenced())
                    ? Evidence.of("legalBasis", LegalBasis.F_LEGITIMATE_INTERESTS, "balancingTestReference", "") : null),
            rule("ACT-REVIEW-OVERDUE", LOW, (a, today) -> a.nextReviewOn() != null && a.nextReviewOn().isBefore(today)
                    ? Evidence.of("nextReviewOn", a.nextReviewOn()) : null));

    private ActivityRules() {
    }

    private static Rule<ActivityFacts> rule(String id, Severity severity, BiFunction<ActivityFacts, LocalDate, Evidence> check) {
        return new Rule<>(id, severity, ObjectKind.ACTIVITY, check);
    }

    /** The Art. 30 fields the record leaves empty; a processor record must name the controller it acts for. */
    static List<String> missingArt30Fields(ActivityFacts activity) {
        List<String> missing = new ArrayList<>();
        if (activity.recordType() == RecordType.PROCESSOR && !activity.clientControllerNamed()) {
            missing.add("clientController");
        }
        if (activity.purposes().isEmpty()) {
            missing.add("purposes");
        }
        if (activity.recordType() == RecordType.CONTROLLER && activity.subjectCategories() == 0) {
            missing.add("subjectCategories");
        }
        if (activity.recordType() == RecordType.CONTROLLER && activity.dataCategories().isEmpty()) {
            missing.add("dataCategories");
        }
        return missing;
    }

    static boolean specialData(ActivityFacts activity) {
        return activity.dataCategories().stream().anyMatch(DataCategoryFacts::specialCategory);
    }

    static boolean special(ActivityFacts activity) {
        return specialData(activity) || activity.purposes().stream().map(PurposeFacts::art9Condition).anyMatch(c -> c != null);
    }
}
