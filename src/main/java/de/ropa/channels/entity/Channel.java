package de.ropa.channels.entity;

import de.ropa.catalogue.entity.MessengerService;
import de.ropa.measures.entity.Measure;
import de.ropa.platform.entity.Lengths;
import de.ropa.platform.entity.OrganisationScoped;
import de.ropa.platform.entity.Reviewed;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** One concrete use of a messenger service in the organisation and the facts of how it is used. */
@Entity
@Table(name = "channel")
public class Channel extends OrganisationScoped implements Reviewed {

    @Id
    @SequenceGenerator(name = "channel_seq", sequenceName = "channel_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "channel_seq")
    private Long id;

    @Column(name = "name", length = Lengths.NAME, nullable = false)
    private String name;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "service_id", nullable = false)
    private MessengerService service;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience", length = 50, nullable = false)
    private Audience audience;

    /** Whether the app may upload the address book (contact sync). */
    @Column(name = "contact_sync", nullable = false)
    private boolean contactSync;

    @Enumerated(EnumType.STRING)
    @Column(name = "backup_mode", length = 50, nullable = false)
    private BackupMode backupMode;

    /** Whether contacts get the Art. 13 information on this channel. */
    @Column(name = "art13_information", nullable = false)
    private boolean art13Information;

    @Column(name = "art13_how", length = Lengths.TEXT)
    private String art13How;

    @Column(name = "imprint_in_profile", nullable = false)
    private boolean imprintInProfile;

    /** How consent of contacts is recorded (Art. 7(1)); empty when it is not. */
    @Column(name = "consent_recording", length = Lengths.TEXT)
    private String consentRecording;

    @Column(name = "in_privacy_notice", nullable = false)
    private boolean inPrivacyNotice;

    /** Whether special categories (Art. 9), e.g. sick notes, are sent over the channel. */
    @Column(name = "special_categories", nullable = false)
    private boolean specialCategories;

    @Column(name = "special_categories_notes", length = Lengths.TEXT)
    private String specialCategoriesNotes;

    @Column(name = "purpose_summary", length = Lengths.TEXT)
    private String purposeSummary;

    @Column(name = "owner", length = Lengths.NAME)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 50, nullable = false)
    private ChannelStatus status;

    @Column(name = "last_reviewed_on")
    private LocalDate lastReviewedOn;

    @Column(name = "next_review_on")
    private LocalDate nextReviewOn;

    // lazy, and fetched with the channel's other collections: eager, every channel loaded by a list, a
    // report or an activity's links would load its devices with a query of its own
    @ElementCollection
    @CollectionTable(name = "channel_device", joinColumns = @JoinColumn(name = "channel_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "device", length = 30)
    private Set<Device> devices = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "channel_measure", joinColumns = @JoinColumn(name = "channel_id"), inverseJoinColumns = @JoinColumn(name = "measure_id"))
    private Set<Measure> measures = new LinkedHashSet<>();

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public MessengerService getService() {
        return service;
    }

    public void setService(MessengerService service) {
        this.service = service;
    }

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience;
    }

    public boolean isContactSync() {
        return contactSync;
    }

    public void setContactSync(boolean contactSync) {
        this.contactSync = contactSync;
    }

    public BackupMode getBackupMode() {
        return backupMode;
    }

    public void setBackupMode(BackupMode backupMode) {
        this.backupMode = backupMode;
    }

    public boolean isArt13Information() {
        return art13Information;
    }

    public void setArt13Information(boolean art13Information) {
        this.art13Information = art13Information;
    }

    public String getArt13How() {
        return art13How;
    }

    public void setArt13How(String art13How) {
        this.art13How = art13How;
    }

    public boolean isImprintInProfile() {
        return imprintInProfile;
    }

    public void setImprintInProfile(boolean imprintInProfile) {
        this.imprintInProfile = imprintInProfile;
    }

    public String getConsentRecording() {
        return consentRecording;
    }

    public void setConsentRecording(String consentRecording) {
        this.consentRecording = consentRecording;
    }

    public boolean isInPrivacyNotice() {
        return inPrivacyNotice;
    }

    public void setInPrivacyNotice(boolean inPrivacyNotice) {
        this.inPrivacyNotice = inPrivacyNotice;
    }

    public boolean isSpecialCategories() {
        return specialCategories;
    }

    public void setSpecialCategories(boolean specialCategories) {
        this.specialCategories = specialCategories;
    }

    public String getSpecialCategoriesNotes() {
        return specialCategoriesNotes;
    }

    public void setSpecialCategoriesNotes(String specialCategoriesNotes) {
        this.specialCategoriesNotes = specialCategoriesNotes;
    }

    public String getPurposeSummary() {
        return purposeSummary;
    }

    public void setPurposeSummary(String purposeSummary) {
        this.purposeSummary = purposeSummary;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public ChannelStatus getStatus() {
        return status;
    }

    public void setStatus(ChannelStatus status) {
        this.status = status;
    }

    @Override
    public LocalDate getLastReviewedOn() {
        return lastReviewedOn;
    }

    public void setLastReviewedOn(LocalDate lastReviewedOn) {
        this.lastReviewedOn = lastReviewedOn;
    }

    @Override
    public LocalDate getNextReviewOn() {
        return nextReviewOn;
    }

    public void setNextReviewOn(LocalDate nextReviewOn) {
        this.nextReviewOn = nextReviewOn;
    }

    public Set<Device> getDevices() {
        return devices;
    }

    public void setDevices(Collection<Device> devices) {
        this.devices.clear();
        this.devices.addAll(devices);
    }

    public Set<Measure> getMeasures() {
        return measures;
    }

    public void setMeasures(Collection<Measure> measures) {
        this.measures.clear();
        this.measures.addAll(measures);
    }

    @Override
    public void reviewed(LocalDate today, LocalDate next) {
        setLastReviewedOn(today);
        setNextReviewOn(next);
        touch();
    }
}
