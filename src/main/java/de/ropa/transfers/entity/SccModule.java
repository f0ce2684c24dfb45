package de.ropa.transfers.entity;

/** The module of the standard contractual clauses (Commission decision 2021/914). */
public enum SccModule {
    MODULE_1_C2C,
    MODULE_2_C2P,
    MODULE_3_P2P,
    MODULE_4_P2C
}
