package de.ropa.activities.entity;

import de.ropa.platform.entity.Lengths;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One purpose of an activity with its own legal basis (Art. 6(1)), for special categories the Art. 9(2)
 * condition, the statutory source where one applies (e.g. "Art. 6 Abs. 1 lit. c DS-GVO i. V. m. § 257 HGB") and, for
 * legitimate interests, where the balancing test is documented.
 */
@Embeddable
public class Purpose {

    @Column(name = "description", length = Lengths.TEXT, nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis", length = 50, nullable = false)
    private LegalBasis legalBasis;

    @Enumerated(EnumType.STRING)
    @Column(name = "art9_condition", length = 50)
    private Art9Condition art9Condition;

    @Column(name = "statutory_source", length = Lengths.SHORT_TEXT)
    private String statutorySource;

    @Column(name = "balancing_test_ref", length = Lengths.SHORT_TEXT)
    private String balancingTestReference;

    protected Purpose() {
    }

    public Purpose(String description, LegalBasis legalBasis, Art9Condition art9Condition, String statutorySource,
                   String balancingTestReference) {
        this.description = description;
        this.legalBasis = legalBasis;
        this.art9Condition = art9Condition;
        this.statutorySource = statutorySource;
        this.balancingTestReference = balancingTestReference;
    }

    public String getDescription() {
        return description;
    }

    public LegalBasis getLegalBasis() {
        return legalBasis;
    }

    public Art9Condition getArt9Condition() {
        return art9Condition;
    }

    public String getStatutorySource() {
        return statutorySource;
    }

    public String getBalancingTestReference() {
        return balancingTestReference;
    }
}
