package de.ropa.catalogue.entity;

/** How a messenger service is offered, which decides what agreements and controls exist. */
public enum ServiceVariant {
    CONSUMER_APP,
    BUSINESS_APP,
    BUSINESS_PLATFORM,
    ENTERPRISE_SUITE,
    SELF_HOSTED,
    CARRIER_SERVICE
}
