package de.ropa.findings.control;

import de.ropa.activities.entity.ActivityStatus;
import de.ropa.activities.entity.Art9Condition;
import de.ropa.activities.entity.DpiaDecision;
import de.ropa.activities.entity.LegalBasis;
import de.ropa.activities.entity.RecordType;
import java.time.LocalDate;
import java.util.List;

/** What the rules read of a processing activity. */
public record ActivityFacts(long id, long organisationId, String name, RecordType recordType, ActivityStatus status,
                            boolean clientControllerNamed, List<PurposeFacts> purposes, int subjectCategories,
                            List<DataCategoryFacts> dataCategories, int measures, boolean tomSummary,
                            DpiaDecision dpiaDecision, LocalDate nextReviewOn) {

    /** One purpose: its legal basis, Art. 9 condition, and whether a balancing test is referenced. */
    public record PurposeFacts(LegalBasis legalBasis, Art9Condition art9Condition, boolean balancingTestReferenced) {
    }

    /** One data category: whether it is a special category and whether an erasure period is stated. */
    public record DataCategoryFacts(String name, boolean specialCategory, boolean erasurePeriodStated) {
    }
}
