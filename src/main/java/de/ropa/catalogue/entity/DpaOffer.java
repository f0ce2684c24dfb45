package de.ropa.catalogue.entity;

/** Whether the provider offers a processing agreement under Art. 28 GDPR. */
public enum DpaOffer {
    OFFERED,
    OFFERED_FOR_HOSTING,
    NOT_OFFERED,
    NOT_A_PROCESSOR
}
