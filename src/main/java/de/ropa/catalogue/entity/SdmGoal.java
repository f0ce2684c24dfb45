package de.ropa.catalogue.entity;

/** Protection goal of the German Standard Data Protection Model (SDM). */
public enum SdmGoal {
    DATA_MINIMISATION,
    AVAILABILITY,
    INTEGRITY,
    CONFIDENTIALITY,
    UNLINKABILITY,
    TRANSPARENCY,
    INTERVENABILITY
}
