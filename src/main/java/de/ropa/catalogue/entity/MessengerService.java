package de.ropa.catalogue.entity;

import de.ropa.platform.entity.Lengths;
import de.ropa.platform.entity.Tracked;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A messenger service in the reference catalogue: provider, variant and the facts a DPO relies on, each with sources and a "verified on" date. */
@Entity
@Table(name = "messenger_service")
public class MessengerService extends Tracked {

    @Id
    @SequenceGenerator(name = "messenger_service_seq", sequenceName = "messenger_service_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "messenger_service_seq")
    private Long id;

    /** Stable key, e.g. "whatsapp-business-app"; links exports across installations. */
    @Column(name = "code", length = 100, nullable = false)
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
    @Column(name = "dpa_offered", length = 50, nullable = false)
    private DpaOffer dpaOffered;

    @Column(name = "dpa_notes", length = Lengths.TEXT)
    private String dpaNotes;

    @Enumerated(EnumType.STRING)
    @Column(name = "dpf_status", length = 50, nullable = false)
    private DpfStatus dpfStatus;

    @Column(name = "dpf_verified_on")
    private LocalDate dpfVerifiedOn;

    @Column(name = "dpf_evidence_url", length = Lengths.URL)
    private String dpfEvidenceUrl;

    @Enumerated(EnumType.STRING)
    @Column(name = "e2ee_scope", length = 50, nullable = false)
    private E2eeScope e2eeScope;

    @Column(name = "e2ee_notes", length = Lengths.TEXT)
    private String e2eeNotes;

    @Column(name = "metadata_collected", length = Lengths.TEXT)
    private String metadataCollected;

    @Enumerated(EnumType.STRING)
    @Column(name = "address_book_upload", length = 50, nullable = false)
    private AddressBookUpload addressBookUpload;

    @Enumerated(EnumType.STRING)
    @Column(name = "backup_encryption", length = 50, nullable = false)
    private BackupEncryption backupEncryption;

    @Column(name = "notes", length = Lengths.TEXT)
    private String notes;

    @Column(name = "sources", length = Lengths.TEXT)
    private String sources;

    @Column(name = "verified_on")
    private LocalDate verifiedOn;

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

    public String getDpaNotes() {
        return dpaNotes;
    }

    public void setDpaNotes(String dpaNotes) {
        this.dpaNotes = dpaNotes;
    }

    public DpfStatus getDpfStatus() {
        return dpfStatus;
    }

    public void setDpfStatus(DpfStatus dpfStatus) {
        this.dpfStatus = dpfStatus;
    }

    public LocalDate getDpfVerifiedOn() {
        return dpfVerifiedOn;
    }

    public void setDpfVerifiedOn(LocalDate dpfVerifiedOn) {
        this.dpfVerifiedOn = dpfVerifiedOn;
    }

    public String getDpfEvidenceUrl() {
        return dpfEvidenceUrl;
    }

    public void setDpfEvidenceUrl(String dpfEvidenceUrl) {
        this.dpfEvidenceUrl = dpfEvidenceUrl;
    }

    public E2eeScope getE2eeScope() {
        return e2eeScope;
    }

    public void setE2eeScope(E2eeScope e2eeScope) {
        this.e2eeScope = e2eeScope;
    }

    public String getE2eeNotes() {
        return e2eeNotes;
    }

    public void setE2eeNotes(String e2eeNotes) {
        this.e2eeNotes = e2eeNotes;
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

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getSources() {
        return sources;
    }

    public void setSources(String sources) {
        this.sources = sources;
    }

    public LocalDate getVerifiedOn() {
        return verifiedOn;
    }

    public void setVerifiedOn(LocalDate verifiedOn) {
        this.verifiedOn = verifiedOn;
    }

    public LocalDateTime getFactsChangedAt() {
        return factsChangedAt;
    }

    public void setFactsChangedAt(LocalDateTime factsChangedAt) {
        this.factsChangedAt = factsChangedAt;
    }
}
