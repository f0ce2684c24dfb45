package de.ropa.catalogue.boundary;

import de.ropa.catalogue.entity.AddressBookUpload;
import de.ropa.catalogue.entity.BackupEncryption;
import de.ropa.catalogue.entity.DpaOffer;
import de.ropa.catalogue.entity.DpfStatus;
import de.ropa.catalogue.entity.E2eeScope;
import de.ropa.catalogue.entity.MessengerService;
import de.ropa.catalogue.entity.ServiceVariant;
import de.ropa.platform.entity.Lengths;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A messenger service of the catalogue as a client sends it (a class: see OrganisationRequest). */
@Schema(name = "MessengerServiceRequest")
public class MessengerServiceRequest {

    @Schema(description = "Stable key, lower case with dashes", example = "whatsapp-business-app", required = true)
    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{ropa.code}")
    public String code;

    @Schema(example = "WhatsApp Business", required = true)
    @NotBlank
    @Size(max = Lengths.NAME)
    public String name;

    @Schema(required = true)
    @NotNull
    public ServiceVariant variant;

    @Schema(example = "WhatsApp Ireland Ltd. / Meta Platforms", required = true)
    @NotBlank
    @Size(max = Lengths.NAME)
    public String provider;

    @Schema(description = "ISO 3166-1 alpha-2", example = "IE")
    @Pattern(regexp = "[A-Z]{2}", message = "{ropa.country}")
    public String providerCountry;

    @Schema(example = "USA (Meta data centres)")
    @Size(max = Lengths.SHORT_TEXT)
    public String serverLocations;

    @Schema(required = true)
    @NotNull
    public DpaOffer dpaOffered;

    @Size(max = Lengths.TEXT)
    public String dpaNotes;

    @Schema(required = true)
    @NotNull
    public DpfStatus dpfStatus;

    @Schema(description = "When the DPF list was last checked", example = "2026-11-01")
    public LocalDate dpfVerifiedOn;

    @Size(max = Lengths.URL)
    public String dpfEvidenceUrl;

    @Schema(required = true)
    @NotNull
    public E2eeScope e2eeScope;

    @Size(max = Lengths.TEXT)
    public String e2eeNotes;

    @Size(max = Lengths.TEXT)
    public String metadataCollected;

    @Schema(required = true)
    @NotNull
    public AddressBookUpload addressBookUpload;

    @Schema(required = true)
    @NotNull
    public BackupEncryption backupEncryption;

    @Size(max = Lengths.TEXT)
    public String notes;

    @Schema(description = "Where the facts come from")
    @Size(max = Lengths.TEXT)
    public String sources;

    @Schema(description = "When the facts were last verified", example = "2026-11-01")
    public LocalDate verifiedOn;

    /** The request that would store the service as it is, for editing it on a screen. */
    public static MessengerServiceRequest from(MessengerService s) {
        MessengerServiceRequest r = new MessengerServiceRequest();
        r.code = s.getCode();
        r.name = s.getName();
        r.variant = s.getVariant();
        r.provider = s.getProvider();
        r.providerCountry = s.getProviderCountry();
        r.serverLocations = s.getServerLocations();
        r.dpaOffered = s.getDpaOffered();
        r.dpaNotes = s.getDpaNotes();
        r.dpfStatus = s.getDpfStatus();
        r.dpfVerifiedOn = s.getDpfVerifiedOn();
        r.dpfEvidenceUrl = s.getDpfEvidenceUrl();
        r.e2eeScope = s.getE2eeScope();
        r.e2eeNotes = s.getE2eeNotes();
        r.metadataCollected = s.getMetadataCollected();
        r.addressBookUpload = s.getAddressBookUpload();
        r.backupEncryption = s.getBackupEncryption();
        r.notes = s.getNotes();
        r.sources = s.getSources();
        r.verifiedOn = s.getVerifiedOn();
        return r;
    }

    /** Copies the request onto the entity; answers whether any fact a channel relies on changed. */
    boolean applyTo(MessengerService service) {
        String factsBefore = MessengerServiceFacts.fingerprint(service);
        service.setCode(code);
        service.setName(name);
        service.setVariant(variant);
        service.setProvider(provider);
        service.setProviderCountry(providerCountry);
        service.setServerLocations(serverLocations);
        service.setDpaOffered(dpaOffered);
        service.setDpaNotes(dpaNotes);
        service.setDpfStatus(dpfStatus);
        service.setDpfVerifiedOn(dpfVerifiedOn);
        service.setDpfEvidenceUrl(dpfEvidenceUrl);
        service.setE2eeScope(e2eeScope);
        service.setE2eeNotes(e2eeNotes);
        service.setMetadataCollected(metadataCollected);
        service.setAddressBookUpload(addressBookUpload);
        service.setBackupEncryption(backupEncryption);
        service.setNotes(notes);
        service.setSources(sources);
        service.setVerifiedOn(verifiedOn);
        return !factsBefore.equals(MessengerServiceFacts.fingerprint(service));
    }
}
