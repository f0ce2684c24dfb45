package de.ropa.catalogue.entity;

import java.util.Set;

/** Where a service keeps or reaches the messages, as far as third-country transfers are concerned (Art. 44 GDPR). */
public enum ServerRegion {
    EEA_ONLY,
    /** Stored in the EEA, but reachable from a third country (support, the parent company, telemetry). */
    EEA_WITH_THIRD_COUNTRY_ACCESS,
    /** Stored in a third country unless the customer books a residency option in the EEA. */
    THIRD_COUNTRY_WITH_EEA_OPTION,
    THIRD_COUNTRY,
    /** A third country with an adequacy decision, e.g. Switzerland (a transfer, but without further safeguards). */
    ADEQUATE_COUNTRY,
    SELF_HOSTED,
    UNKNOWN;

    private static final Set<ServerRegion> TRANSFERRING = Set.of(EEA_WITH_THIRD_COUNTRY_ACCESS,
            THIRD_COUNTRY_WITH_EEA_OPTION, THIRD_COUNTRY, ADEQUATE_COUNTRY);

    /** Whether using the service puts personal data into a third country, which the record must show (Art. 30(1)(e)). */
    public boolean transfersToThirdCountry() {
        return TRANSFERRING.contains(this);
    }
}
