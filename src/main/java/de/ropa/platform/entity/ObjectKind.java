package de.ropa.platform.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every kind of object the product records, spelled once: the REST API, reviews, findings, reports, the screens and
 * the audit trail (whose stored entries hold {@link #name()}) all use this enum. Labels: {@code ObjectKind.*} in the
 * enum bundles.
 */
public enum ObjectKind {
    ORGANISATION,
    ACTIVITY,
    CHANNEL,
    PROCESSOR,
    TRANSFER,
    MEASURE,
    /** The register as a whole (an import). */
    REGISTER,
    FINDING,
    USER,
    TOKEN,
    MESSENGER_SERVICE,
    CATALOGUE_MEASURE;

    /** The kinds the findings' rules look at. */
    public static final Set<ObjectKind> FINDING_SUBJECTS = EnumSet.of(ORGANISATION, ACTIVITY, CHANNEL, PROCESSOR, TRANSFER);
}
