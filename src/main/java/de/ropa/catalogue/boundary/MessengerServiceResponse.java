package de.ropa.catalogue.boundary;

import de.ropa.catalogue.entity.AddressBookUpload;
import de.ropa.catalogue.entity.BackupEncryption;
import de.ropa.catalogue.entity.DeletionOptions;
import de.ropa.catalogue.entity.DpaOffer;
import de.ropa.catalogue.entity.DpfStatus;
import de.ropa.catalogue.entity.E2eeScope;
import de.ropa.catalogue.entity.MessengerService;
import de.ropa.catalogue.entity.ProviderRole;
import de.ropa.catalogue.entity.ServerRegion;
import de.ropa.catalogue.entity.ServiceFact;
import de.ropa.catalogue.entity.ServiceVariant;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A messenger service of the catalogue as the API shows it: the values of its facts, and each fact with its sources. */
@Schema(name = "MessengerService")
public record MessengerServiceResponse(
        long id, long version, String code, String name, ServiceVariant variant, String provider,
        String providerCountry, String serverLocations, ProviderRole providerRole, ServerRegion serverRegion,
        DpaOffer dpaOffered, DpfStatus dpfStatus, E2eeScope e2eeScope, String metadataCollected,
        AddressBookUpload addressBookUpload, BackupEncryption backupEncryption, DeletionOptions deletionOptions,
        List<ServiceFactResponse> facts,
        @Schema(description = "The catalogue edition that wrote the service; empty once an admin changed it") String edition,
        @Schema(description = "When a fact channels rely on last changed (UTC)") LocalDateTime factsChangedAt,
        LocalDateTime createdAt, LocalDateTime updatedAt) implements java.io.Serializable {

    /** The service with the facts loaded for it (in the order of their topics). */
    public static MessengerServiceResponse from(MessengerService s, List<ServiceFact> facts) {
        return new MessengerServiceResponse(s.getId(), s.getVersion(), s.getCode(), s.getName(), s.getVariant(),
                s.getProvider(), s.getProviderCountry(), s.getServerLocations(), s.getProviderRole(), s.getServerRegion(),
                s.getDpaOffered(), s.getDpfStatus(), s.getE2eeScope(), s.getMetadataCollected(), s.getAddressBookUpload(),
                s.getBackupEncryption(), s.getDeletionOptions(), ServiceFactResponse.of(s, facts), s.getEdition(),
                s.getFactsChangedAt(), s.getCreatedAt(), s.getUpdatedAt());
    }
}
