package de.ropa.catalogue.entity;

/** What end-to-end encryption protects. */
public enum E2eeScope {
    ALWAYS,
    DIRECT_MESSAGES_BY_DEFAULT,
    UNTIL_PROVIDER_API,
    CALLS_ONLY,
    NONE
}
