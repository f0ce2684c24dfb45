package de.ropa.channels.entity;

import de.ropa.catalogue.entity.MessengerService;
import de.ropa.measures.entity.Measure;
import de.ropa.platform.entity.Answer;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
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
    @Enumerated(EnumType.STRING)
    @Column(name = "contact_sync_answer", length = 10, nullable = false)
    private Answer contactSync = Answer.UNKNOWN;

    @Enumerated(EnumType.STRING)
    @Column(name = "backup_mode", length = 50, nullable = false)
    private BackupMode backupMode;

    /** Whether the people on the channel (contacts, or employees on an internal one) get the Art. 13 information. */
    @Enumerated(EnumType.STRING)
    @Column(name = "art13_answer", length = 10, nullable = false)
    private Answer art13Information = Answer.UNKNOWN;

    /** Whether data of people who are not part of the chat arrive over it (contacts passed on, customers in photos). */
    @Enumerated(EnumType.STRING)
    @Column(name = "third_party_data", length = 10, nullable = false)
    private Answer thirdPartyData = Answer.UNKNOWN;

    /** Whether those people get the Art. 14 information. */
    @Enumerated(EnumType.STRING)
    @Column(name = "art14_information", length = 10, nullable = false)
    private Answer art14Information = Answer.UNKNOWN;

    /** Whether the chats are business correspondence the organisation must keep (§ 257 HGB, § 147 AO). */
    @Enumerated(EnumType.STRING)
    @Column(name = "business_correspondence", length = 10, nullable = false)
    private Answer businessCorrespondence = Answer.UNKNOWN;

    /** Whether disappearing messages are switched on. */
    @Enumerated(EnumType.STRING)
    @Column(name = "disappearing_messages", length = 10, nullable = false)
    private Answer disappearingMessages = Answer.UNKNOWN;

    /** Whether a works agreement covers the channel (§ 87(1) No. 6 BetrVG). */
    @Enumerated(EnumType.STRING)
    @Column(name = "works_agreement", length = 10, nullable = false)
    private Answer worksAgreement = Answer.UNKNOWN;

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

    @ElementCollection
    @CollectionTable(name = "channel_fact_deviation", joinColumns = @JoinColumn(name = "channel_id"))
    @OrderColumn(name = "position")
    private List<FactDeviation> deviations = new ArrayList<>();

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

    public Answer getContactSync() {
        return contactSync;
    }

    public void setContactSync(Answer contactSync) {
        this.contactSync = contactSync;
    }

    public BackupMode getBackupMode() {
        return backupMode;
    }

    public void setBackupMode(BackupMode backupMode) {
        this.backupMode = backupMode;
    }

    public Answer getArt13Information() {
        return art13Information;
    }

    public void setArt13Information(Answer art13Information) {
        this.art13Information = art13Information;
    }

    public Answer getThirdPartyData() {
        return thirdPartyData;
    }

    public void setThirdPartyData(Answer thirdPartyData) {
        this.thirdPartyData = thirdPartyData;
    }

    public Answer getArt14Information() {
        return art14Information;
    }

    public void setArt14Information(Answer art14Information) {
        this.art14Information = art14Information;
    }

    public Answer getBusinessCorrespondence() {
        return businessCorrespondence;
    }

    public void setBusinessCorrespondence(Answer businessCorrespondence) {
        this.businessCorrespondence = businessCorrespondence;
    }

    public Answer getDisappearingMessages() {
        return disappearingMessages;
    }

    public void setDisappearingMessages(Answer disappearingMessages) {
        this.disappearingMessages = disappearingMessages;
    }

    public Answer getWorksAgreement() {
        return worksAgreement;
    }

    public void setWorksAgreement(Answer worksAgreement) {
        this.worksAgreement = worksAgreement;
    }

    public List<FactDeviation> getDeviations() {
        return deviations;
    }

    public void setDeviations(Collection<FactDeviation> deviations) {
        this.deviations.clear();
        this.deviations.addAll(deviations);
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
