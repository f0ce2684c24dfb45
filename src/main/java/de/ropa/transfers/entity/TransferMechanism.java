package de.ropa.transfers.entity;

/** The Chapter V ground of a third-country transfer. */
public enum TransferMechanism {
    ADEQUACY_DECISION,
    DATA_PRIVACY_FRAMEWORK,
    STANDARD_CONTRACTUAL_CLAUSES,
    BINDING_CORPORATE_RULES,
    DEROGATION_ART49,
    NONE
}
