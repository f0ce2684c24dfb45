package de.ropa.catalogue.entity;

/**
 * What a measure is for. Only security measures are the technical and organisational measures of Art. 32 that
 * Art. 30(1)(g) asks to describe; information duties and the organisation of data protection are kept in the same
 * catalogue but grouped and printed apart, so they never read as security measures.
 */
public enum MeasureKind {
    /** Security of processing (Art. 32(1)); it names the letter of Art. 32(1) it serves. */
    SECURITY,
    /** Informing people (Art. 12 to 14 GDPR) and identifying the provider (§ 5 DDG). */
    INFORMATION_DUTY,
    /** Principles and rights put into practice: erasure (Art. 5(1)(e), 17), data subjects' requests (Art. 12, 15 to 22). */
    DATA_PROTECTION_ORGANISATION
}
