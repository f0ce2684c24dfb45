package de.ropa.platform.entity;

import java.util.Locale;

/** The roles of the product; {@link #roleName()} is the Jakarta Security group name. */
public enum Role {
    /** Users, memberships, tokens and organisations. */
    ADMIN,
    /** Keeps registers. */
    DPO,
    /** Reads everything and downloads reports; changes nothing. */
    AUDITOR,
    /** An API client of another system. */
    INTEGRATION;

    public static final String ADMIN_NAME = "admin";
    public static final String DPO_NAME = "dpo";
    public static final String AUDITOR_NAME = "auditor";
    public static final String INTEGRATION_NAME = "integration";

    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
