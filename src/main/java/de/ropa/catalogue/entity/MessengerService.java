package de.ropa.catalogue.entity;

import de.ropa.platform.entity.Lengths;
import de.ropa.platform.entity.Tracked;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A messenger service in the reference catalogue: provider, variant and the values of the facts a DPO relies on; each
 * fact's statement, sources and state are a {@link ServiceFact}.
 */
@Entity
@Table(name = "messenger_service")
public class MessengerService extends Tracked {

    @Id
    @SequenceGenerator(name = "messenger_service_seq", sequenceName = "messenger_service_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "messenger_service_seq")
    private Long id;

    /** Stable key, e.g. "whatsapp-business-app"; links exports across installations. */
    @Column(name = "code", length = Lengths.CODE, nullable = false)
    private String code;

    @Column(name = "name", length = Lengths.NAME, nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "variant", length = 50, nullable = false)
    private ServiceVariant variant;

    @Column(name = "provider", length = Lengths.NAME, nullable = false)
    private String provider;

    @Column(name = "provider_country", length = Lengths.COUNTRY)
    private String providerCountry;

    @Column(name = "server_locations", length = Lengths.SHORT_TEXT)
    private String serverLocations;

    @Enumerated(EnumType.STRING)
    @Column(name = "provider_role", length = 50, nullable = false)
    private ProviderRole providerRole;

    @Enumerated(EnumType.STRING)
    @Column(name = "server_region", length = 50, nullable = false)
    private ServerRegion serverRegion;

    @Enumerated(EnumType.STRING)
    @Column(name = "dpa_offered", length = 50, nullable = false)
    private DpaOffer dpaOffered;

    @Enumerated(EnumType.STRING)
    @Column(name = "dpf_status", length = 50, nullable = false)
    private DpfStatus dpfStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "e2ee_scope", length = 50, nullable = false)
    private E2eeScope e2eeScope;

    @Column(name = "metadata_collected", length = Lengths.TEXT)
    private String metadataCollected;

    @Enumerated(EnumType.STRING)
    @Column(name = "address_book_upload", length = 50, nullable = false)
    private AddressBookUpload addressBookUpload;

    @Enumerated(EnumType.STRING)
    @Column(name = "backup_encryption", length = 50, nullable = false)
    private BackupEncryption backupEncryption;

    @Enumerated(EnumType.STRING)
    @Column(name = "deletion_options", length = 50, nullable = false)
    private DeletionOptions deletionOptions;

    /** The catalogue edition that wrote the service; null once an admin changed it (a later edition then leaves it alone). */
    @Column(name = "edition", length = 20)
    private String edition;

    @OneToMany(mappedBy = "service", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ServiceFact> facts = new ArrayList<>();

    /** When a fact last changed; a channel reviewed before it must be reviewed again. */
    @Column(name = "facts_changed_at", nullable = false)
    private LocalDateTime factsChangedAt;

    @Override
    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ServiceVariant getVariant() {
        return variant;
    }

    public void setVariant(ServiceVariant variant) {
        this.variant = variant;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getProviderCountry() {
        return providerCountry;
    }

    public void setProviderCountry(String providerCountry) {
        this.providerCountry = providerCountry;
    }

    public String getServerLocations() {
        return serverLocations;
    }

    public void setServerLocations(String serverLocations) {
        this.serverLocations = serverLocations;
    }

    public DpaOffer getDpaOffered() {
        return dpaOffered;
    }

    public void setDpaOffered(DpaOffer dpaOffered) {
        this.dpaOffered = dpaOffered;
    }

    public DpfStatus getDpfStatus() {
        return dpfStatus;
    }

    public void setDpfStatus(DpfStatus dpfStatus) {
        this.dpfStatus = dpfStatus;
    }

    public E2eeScope getE2eeScope() {
        return e2eeScope;
    }

    public void setE2eeScope(E2eeScope e2eeScope) {
        this.e2eeScope = e2eeScope;
    }

    public String getMetadataCollected() {
        return metadataCollected;
    }

    public void setMetadataCollected(String metadataCollected) {
        this.metadataCollected = metadataCollected;
    }

    public AddressBookUpload getAddressBookUpload() {
        return addressBookUpload;
    }

    public void setAddressBookUpload(AddressBookUpload addressBookUpload) {
        this.addressBookUpload = addressBookUpload;
    }

    public BackupEncryption getBackupEncryption() {
        return backupEncryption;
    }

    public void setBackupEncryption(BackupEncryption backupEncryption) {
        this.backupEncryption = backupEncryption;
    }

    public ProviderRole getProviderRole() {
        return providerRole;
    }

    public void setProviderRole(ProviderRole providerRole) {
        this.providerRole = providerRole;
    }

    public ServerRegion getServerRegion() {
        return serverRegion;
    }

    public void setServerRegion(ServerRegion serverRegion) {
        this.serverRegion = serverRegion;
    }

    public DeletionOptions getDeletionOptions() {
        return deletionOptions;
    }

    public void setDeletionOptions(DeletionOptions deletionOptions) {
        this.deletionOptions = deletionOptions;
    }

    public String getEdition() {
        return edition;
    }

    public void setEdition(String edition) {
        this.edition = edition;
    }

    /** The facts in the order of their topics. */
    public List<ServiceFact> getFacts() {
        return facts.stream().sorted(Comparator.comparing(ServiceFact::getTopic)).toList();
    }

    /** The fact on a topic, created (without state) if the service has none yet. */
    public ServiceFact fact(FactTopic topic) {
        return facts.stream().filter(f -> f.getTopic() == topic).findFirst().orElseGet(() -> {
            ServiceFact fact = new ServiceFact(this, topic);
            facts.add(fact);
            return fact;
        });
    }

    /** The value the service states on a topic: an enum constant, or a text. */
    public Object valueOf(FactTopic topic) {
        return switch (topic) {
            case CONTRACTING_ENTITY -> provider;
            case PROVIDER_ROLE -> providerRole;
            case SERVER_LOCATIONS -> serverRegion;
            case PROCESSING_AGREEMENT -> dpaOffered;
            case DPF_CERTIFICATION -> dpfStatus;
            case END_TO_END_ENCRYPTION -> e2eeScope;
            case METADATA -> metadataCollected;
            case ADDRESS_BOOK -> addressBookUpload;
            case BACKUP -> backupEncryption;
            case DELETION -> deletionOptions;
        };
    }

    /** Removes the facts on topics not listed. */
    public void keepFacts(Collection<FactTopic> topics) {
        facts.removeIf(f -> !topics.contains(f.getTopic()));
    }

    public LocalDateTime getFactsChangedAt() {
        return factsChangedAt;
    }

    public void setFactsChangedAt(LocalDateTime factsChangedAt) {
        this.factsChangedAt = factsChangedAt;
    }
}
