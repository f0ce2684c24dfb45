package de.ropa.activities.entity;

/** The condition of Art. 9(2) GDPR that allows processing special categories. */
public enum Art9Condition {
    A_EXPLICIT_CONSENT,
    B_EMPLOYMENT_SOCIAL_SECURITY,
    C_VITAL_INTERESTS,
    D_NOT_FOR_PROFIT_BODY,
    E_MADE_PUBLIC,
    F_LEGAL_CLAIMS,
    G_SUBSTANTIAL_PUBLIC_INTEREST,
    H_HEALTH_SOCIAL_CARE,
    I_PUBLIC_HEALTH,
    J_ARCHIVING_RESEARCH
}
