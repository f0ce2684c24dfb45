package de.ropa.processors.entity;

import de.ropa.catalogue.entity.MessengerService;
import de.ropa.channels.entity.Channel;
import de.ropa.platform.entity.Lengths;
import de.ropa.platform.entity.OrganisationScoped;
import de.ropa.platform.entity.Reviewed;
import jakarta.persistence.Column;
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

/** A processor (Art. 28) or sub-processor and the state of its processing agreement. */
@Entity
@Table(name = "processor")
public class Processor extends OrganisationScoped implements Reviewed {

    @Id
    @SequenceGenerator(name = "processor_seq", sequenceName = "processor_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "processor_seq")
    private Long id;

    @Column(name = "name", length = Lengths.NAME, nullable = false)
    private String name;

    @Column(name = "street", length = Lengths.SHORT_TEXT)
    private String street;

    @Column(name = "postal_code", length = Lengths.PHONE)
    private String postalCode;

    @Column(name = "city", length = Lengths.NAME)
    private String city;

    @Column(name = "country", length = Lengths.COUNTRY)
    private String country;

    @Column(name = "contact", length = Lengths.SHORT_TEXT)
    private String contact;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 50, nullable = false)
    private ProcessorRole role;

    /** For a sub-processor, the processor that engages it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "main_processor_id")
    private Processor mainProcessor;

    @Enumerated(EnumType.STRING)
    @Column(name = "agreement_status", length = 50, nullable = false)
    private AgreementStatus agreementStatus;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "review_on")
    private LocalDate reviewOn;

    @Column(name = "last_reviewed_on")
    private LocalDate lastReviewedOn;

    @Column(name = "document_reference", length = Lengths.SHORT_TEXT)
    private String documentReference;

    @Column(name = "notes", length = Lengths.TEXT)
    private String notes;

    @ManyToMany
    @JoinTable(name = "processor_service", joinColumns = @JoinColumn(name = "processor_id"), inverseJoinColumns = @JoinColumn(name = "service_id"))
    private Set<MessengerService> services = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "processor_channel", joinColumns = @JoinColumn(name = "processor_id"), inverseJoinColumns = @JoinColumn(name = "channel_id"))
    private Set<Channel> channels = new LinkedHashSet<>();

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

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public ProcessorRole getRole() {
        return role;
    }

    public void setRole(ProcessorRole role) {
        this.role = role;
    }

    public Processor getMainProcessor() {
        return mainProcessor;
    }

    public void setMainProcessor(Processor mainProcessor) {
        this.mainProcessor = mainProcessor;
    }

    public AgreementStatus getAgreementStatus() {
        return agreementStatus;
    }

    public void setAgreementStatus(AgreementStatus agreementStatus) {
        this.agreementStatus = agreementStatus;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(LocalDate reviewOn) {
        this.reviewOn = reviewOn;
    }

    @Override
    public LocalDate getLastReviewedOn() {
        return lastReviewedOn;
    }

    public void setLastReviewedOn(LocalDate lastReviewedOn) {
        this.lastReviewedOn = lastReviewedOn;
    }

    public String getDocumentReference() {
        return documentReference;
    }

    public void setDocumentReference(String documentReference) {
        this.documentReference = documentReference;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Set<MessengerService> getServices() {
        return services;
    }

    public void setServices(Collection<MessengerService> services) {
        this.services.clear();
        this.services.addAll(services);
    }

    public Set<Channel> getChannels() {
        return channels;
    }

    public void setChannels(Collection<Channel> channels) {
        this.channels.clear();
        this.channels.addAll(channels);
    }

    /** The review of the processing agreement is the review of a processor. */
    @Override
    public LocalDate getNextReviewOn() {
        return getReviewOn();
    }

    @Override
    public void reviewed(LocalDate today, LocalDate next) {
        setLastReviewedOn(today);
        setReviewOn(next);
        touch();
    }
}
