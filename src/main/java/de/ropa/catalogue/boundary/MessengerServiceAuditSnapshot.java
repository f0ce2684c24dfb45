package de.ropa.catalogue.boundary;

import de.ropa.catalogue.entity.MessengerService;
import de.ropa.catalogue.entity.ServiceFact;
import de.ropa.platform.control.AuditSnapshot;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A catalogue service as the audit trail records it (see {@link AuditSnapshot}). Version 1 was the API's shape of
 * 2026 with one free-text "sources" and a service-wide "verified on"; version 2 records every fact with its sources.
 */
public record MessengerServiceAuditSnapshot(long id, long version, String code, String name, String variant,
                                            String provider, String providerCountry, String serverLocations,
                                            String providerRole, String serverRegion, String dpaOffered, String dpfStatus,
                                            String e2eeScope, String metadataCollected, String addressBookUpload,
                                            String backupEncryption, String deletionOptions,
                                            List<Fact> facts, String edition,
                                            LocalDateTime factsChangedAt) implements AuditSnapshot {

    public static final int VERSION = 2;

    /** A fact with its provenance, as recorded. */
    public record Fact(String topic, String state, String textDe, String textEn, LocalDate checkedOn, String checkedBy,
                       List<String> sources) {

        static Fact of(ServiceFact f) {
            return new Fact(name(f.getTopic()), name(f.getState()), f.getTextDe(), f.getTextEn(), f.getCheckedOn(),
                    f.getCheckedBy(), f.getSources().stream().map(source -> String.join(" | ", source.getTitle(),
                    Objects.toString(source.getPublisher(), ""), Objects.toString(source.getUrl(), ""),
                    Objects.toString(source.getDocumentDate(), ""))).toList());
        }
    }

    static MessengerServiceAuditSnapshot of(MessengerService s) {
        return new MessengerServiceAuditSnapshot(s.getId(), s.getVersion(), s.getCode(), s.getName(), name(s.getVariant()),
                s.getProvider(), s.getProviderCountry(), s.getServerLocations(), name(s.getProviderRole()),
                name(s.getServerRegion()), name(s.getDpaOffered()), name(s.getDpfStatus()), name(s.getE2eeScope()),
                s.getMetadataCollected(), name(s.getAddressBookUpload()), name(s.getBackupEncryption()),
                name(s.getDeletionOptions()), s.getFacts().stream().map(Fact::of).toList(), s.getEdition(), s.getFactsChangedAt());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    @Override
    public int schemaVersion() {
        return VERSION;
    }
}
