package de.ropa.catalogue.boundary;

import de.ropa.catalogue.entity.AddressBookUpload;
import de.ropa.catalogue.entity.BackupEncryption;
import de.ropa.catalogue.entity.DpaOffer;
import de.ropa.catalogue.entity.DpfStatus;
import de.ropa.catalogue.entity.E2eeScope;
import de.ropa.catalogue.entity.MessengerService;
import de.ropa.catalogue.entity.ServiceVariant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A messenger service of the catalogue as the API shows it. */
@Schema(name = "MessengerService")
public record MessengerServiceResponse(
        long id, long version, String code, String name, ServiceVariant variant, String provider,
        String providerCountry, String serverLocations, DpaOffer dpaOffered, String dpaNotes,
        DpfStatus dpfStatus, LocalDate dpfVerifiedOn, String dpfEvidenceUrl, E2eeScope e2eeScope,
        String e2eeNotes, String metadataCollected, AddressBookUpload addressBookUpload,
        BackupEncryption backupEncryption, String notes, String sources, LocalDate verifiedOn,
        @Schema(description = "When a fact channels rely on last changed (UTC)") LocalDateTime factsChangedAt,
        LocalDateTime createdAt, LocalDateTime updatedAt) {

    public static MessengerServiceResponse from(MessengerService s) {
        return new MessengerServiceResponse(s.getId(), s.getVersion(), s.getCode(), s.getName(), s.getVariant(),
                s.getProvider(), s.getProviderCountry(), s.getServerLocations(), s.getDpaOffered(), s.getDpaNotes(),
                s.getDpfStatus(), s.getDpfVerifiedOn(), s.getDpfEvidenceUrl(), s.getE2eeScope(), s.getE2eeNotes(),
                s.getMetadataCollected(), s.getAddressBookUpload(), s.getBackupEncryption(), s.getNotes(),
                s.getSources(), s.getVerifiedOn(), s.getFactsChangedAt(), s.getCreatedAt(), s.getUpdatedAt());
    }
}
