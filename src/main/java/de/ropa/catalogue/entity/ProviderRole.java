package de.ropa.catalogue.entity;

/** The provider's role towards an organisation using the service (Art. 4 No. 7 and 8 GDPR). */
public enum ProviderRole {
    /** Processes the messages on the organisation's behalf only (Art. 28). */
    PROCESSOR,
    /** Processor for the messages, but also uses data (e.g. metadata) for purposes of its own. */
    PROCESSOR_WITH_OWN_PURPOSES,
    /** Decides on purposes and means itself, as for a consumer app or a telecoms carrier. */
    OWN_CONTROLLER,
    /** The organisation runs the service itself; no provider sees the messages. */
    SELF_HOSTED
}
