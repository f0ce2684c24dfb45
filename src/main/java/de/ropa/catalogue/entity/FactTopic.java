package de.ropa.catalogue.entity;

/** The facts of a messenger service a DPO relies on, each recorded with its sources (in the order screens show them). */
public enum FactTopic {
    CONTRACTING_ENTITY,
    PROVIDER_ROLE,
    SERVER_LOCATIONS,
    PROCESSING_AGREEMENT,
    DPF_CERTIFICATION,
    END_TO_END_ENCRYPTION,
    METADATA,
    ADDRESS_BOOK,
    BACKUP,
    DELETION
}
