package de.ropa.catalogue.boundary;

import de.ropa.catalogue.entity.MessengerService;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The facts of a service that channels rely on. When one of them changes, every channel reviewed before
 * the change must be reviewed again (a finding); names, notes and sources are not facts.
 */
final class MessengerServiceFacts {

    private MessengerServiceFacts() {
    }

    static String fingerprint(MessengerService s) {
        return Stream.of(s.getVariant(), s.getProvider(), s.getProviderCountry(), s.getServerLocations(),
                        s.getDpaOffered(), s.getDpfStatus(), s.getE2eeScope(), s.getAddressBookUpload(),
                        s.getBackupEncryption(), s.getMetadataCollected())
                .map(value -> Objects.toString(value, ""))
                .collect(Collectors.joining("\u0000"));
    }
}
