package de.ropa.catalogue.boundary;

import de.ropa.catalogue.entity.MessengerService;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The facts of a service that channels rely on. When one of them changes (a value, or a fact's statement, state or
 * sources), every channel reviewed before the change must be reviewed again (a finding); the name and the check
 * dates alone are not facts.
 */
final class MessengerServiceFacts {

    private MessengerServiceFacts() {
    }

    static String fingerprint(MessengerService s) {
        Stream<Object> values = Stream.of(s.getVariant(), s.getProvider(), s.getProviderCountry(), s.getServerLocations(),
                s.getProviderRole(), s.getServerRegion(), s.getDpaOffered(), s.getDpfStatus(), s.getE2eeScope(),
                s.getAddressBookUpload(), s.getBackupEncryption(), s.getDeletionOptions(), s.getMetadataCollected());
        Stream<Object> statements = s.getFacts().stream().flatMap(f -> Stream.of(f.getTopic(), f.getState(), f.getTextDe(),
                f.getTextEn(), f.getSources().stream().map(source -> source.getTitle() + "|" + source.getUrl() + "|"
                        + source.getDocumentDate()).collect(Collectors.joining(","))));
        return Stream.concat(values, statements).map(value -> Objects.toString(value, "")).collect(Collectors.joining("\u0000"));
    }
}
