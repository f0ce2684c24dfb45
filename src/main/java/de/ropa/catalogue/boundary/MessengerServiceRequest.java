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
import de.ropa.catalogue.entity.DeletionOptions;
import de.ropa.catalogue.entity.FactTopic;
import de.ropa.catalogue.entity.ProviderRole;
import de.ropa.catalogue.entity.ServerRegion;
import de.ropa.platform.control.InvalidFieldException.FieldProblem;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A messenger service of the catalogue as a client sends it (a class: see OrganisationRequest). */
@Schema(name = "MessengerServiceRequest")
public class MessengerServiceRequest implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Schema(description = "Stable key, lower case with dashes", example = "whatsapp-business-app", required = true)
    @NotBlank
    @Size(max = Lengths.CODE)
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{ropa.code}")
    public String code;

    @Schema(example = "WhatsApp Business", required = true)
    @NotBlank
    @Size(max = Lengths.NAME)
    public String name;

    @Schema(required = true)
    @NotNull
    public ServiceVariant variant;

    @Schema(description = "The entity an organisation in the EEA contracts with", example = "WhatsApp Ireland Limited", required = true)
    @NotBlank
    @Size(max = Lengths.NAME)
    public String provider;

    @Schema(description = "ISO 3166-1 alpha-2", example = "IE")
    @Pattern(regexp = "[A-Z]{2}", message = "{ropa.country}")
    @Size(max = Lengths.COUNTRY)
    public String providerCountry;

    @Schema(example = "USA and worldwide (Meta data centres)")
    @Size(max = Lengths.SHORT_TEXT)
    public String serverLocations;

    @Schema(required = true)
    @NotNull
    public ProviderRole providerRole;

    @Schema(required = true)
    @NotNull
    public ServerRegion serverRegion;

    @Schema(required = true)
    @NotNull
    public DpaOffer dpaOffered;

    @Schema(description = "Whether the US entity that receives data is on the Data Privacy Framework List", required = true)
    @NotNull
    public DpfStatus dpfStatus;

    @Schema(required = true)
    @NotNull
    public E2eeScope e2eeScope;

    @Schema(example = "Phone numbers, device data, IP addresses, usage times")
    @Size(max = Lengths.TEXT)
    public String metadataCollected;

    @Schema(required = true)
    @NotNull
    public AddressBookUpload addressBookUpload;

    @Schema(required = true)
    @NotNull
    public BackupEncryption backupEncryption;

    @Schema(required = true)
    @NotNull
    public DeletionOptions deletionOptions;

    @Schema(description = "The facts with their sources, at most one per topic; a topic left out counts as unverified")
    @Valid
    @Size(max = 20)
    public List<@NotNull ServiceFactRequest> facts = new ArrayList<>();

    /** The request that would store the service as it is, for editing it on a screen. */
    public static MessengerServiceRequest from(MessengerServiceResponse s) {
        MessengerServiceRequest r = new MessengerServiceRequest();
        r.code = s.code();
        r.name = s.name();
        r.variant = s.variant();
        r.provider = s.provider();
        r.providerCountry = s.providerCountry();
        r.serverLocations = s.serverLocations();
        r.providerRole = s.providerRole();
        r.serverRegion = s.serverRegion();
        r.dpaOffered = s.dpaOffered();
        r.dpfStatus = s.dpfStatus();
        r.e2eeScope = s.e2eeScope();
        r.metadataCollected = s.metadataCollected();
        r.addressBookUpload = s.addressBookUpload();
        r.backupEncryption = s.backupEncryption();
        r.deletionOptions = s.deletionOptions();
        r.facts = new ArrayList<>(s.facts().stream().map(ServiceFactRequest::from).toList());
        return r;
    }

    /** The problems only the whole request shows: a topic stated twice, a fact "verified" without a source. */
    List<FieldProblem> factProblems() {
        List<FieldProblem> problems = new ArrayList<>();
        Set<FactTopic> seen = EnumSet.noneOf(FactTopic.class);
        for (int i = 0; facts != null && i < facts.size(); i++) {
            ServiceFactRequest fact = facts.get(i);
            if (!seen.add(fact.topic)) {
                problems.add(new FieldProblem("facts[" + i + "].topic", "catalogue.factTopicTwice", fact.topic));
            }
            if (fact.verifiedWithoutSource()) {
                problems.add(new FieldProblem("facts[" + i + "].state", "catalogue.factVerifiedWithoutSource"));
            }
        }
        return problems;
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
        service.setProviderRole(providerRole);
        service.setServerRegion(serverRegion);
        service.setDpaOffered(dpaOffered);
        service.setDpfStatus(dpfStatus);
        service.setE2eeScope(e2eeScope);
        service.setMetadataCollected(metadataCollected);
        service.setAddressBookUpload(addressBookUpload);
        service.setBackupEncryption(backupEncryption);
        service.setDeletionOptions(deletionOptions);
        List<ServiceFactRequest> stated = facts == null ? List.of() : facts;
        stated.forEach(fact -> fact.applyTo(service.fact(fact.topic)));
        service.keepFacts(stated.stream().map(fact -> fact.topic).toList());
        return !factsBefore.equals(MessengerServiceFacts.fingerprint(service));
    }
}
