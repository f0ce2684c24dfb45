package de.ropa.transfers.entity;

import de.ropa.channels.entity.Channel;
import de.ropa.platform.entity.Lengths;
import de.ropa.platform.entity.OrganisationScoped;
import de.ropa.processors.entity.Processor;
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

/** A transfer of personal data to a third country (Chapter V) and the mechanism that makes it lawful. */
@Entity
@Table(name = "transfer")
public class Transfer extends OrganisationScoped {

    @Id
    @SequenceGenerator(name = "transfer_seq", sequenceName = "transfer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "transfer_seq")
    private Long id;

    @Column(name = "recipient", length = Lengths.NAME, nullable = false)
    private String recipient;

    @Column(name = "country", length = Lengths.COUNTRY, nullable = false)
    private String country;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "processor_id")
    private Processor processor;

    @Enumerated(EnumType.STRING)
    @Column(name = "mechanism", length = 50, nullable = false)
    private TransferMechanism mechanism;

    @Enumerated(EnumType.STRING)
    @Column(name = "scc_module", length = 50)
    private SccModule sccModule;

    @Enumerated(EnumType.STRING)
    @Column(name = "derogation", length = 50)
    private Derogation derogation;

    /** Whether the recipient's DPF certification was checked on the DPF list. */
    @Column(name = "dpf_checked", nullable = false)
    private boolean dpfChecked;

    @Column(name = "dpf_checked_on")
    private LocalDate dpfCheckedOn;

    @Column(name = "dpf_evidence_url", length = Lengths.URL)
    private String dpfEvidenceUrl;

    /** Whether a transfer impact assessment was made. */
    @Column(name = "tia_done", nullable = false)
    private boolean tiaDone;

    @Column(name = "tia_date")
    private LocalDate tiaDate;

    @Column(name = "tia_reference", length = Lengths.SHORT_TEXT)
    private String tiaReference;

    /** Suitable safeguards for an Art. 49(1) second-subparagraph transfer (Art. 30(1)(e)). */
    @Column(name = "safeguards_documentation", length = Lengths.TEXT)
    private String safeguardsDocumentation;

    @Column(name = "notes", length = Lengths.TEXT)
    private String notes;

    @ManyToMany
    @JoinTable(name = "transfer_channel", joinColumns = @JoinColumn(name = "transfer_id"), inverseJoinColumns = @JoinColumn(name = "channel_id"))
    private Set<Channel> channels = new LinkedHashSet<>();

    @Override
    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public Processor getProcessor() {
        return processor;
    }

    public void setProcessor(Processor processor) {
        this.processor = processor;
    }

    public TransferMechanism getMechanism() {
        return mechanism;
    }

    public void setMechanism(TransferMechanism mechanism) {
        this.mechanism = mechanism;
    }

    public SccModule getSccModule() {
        return sccModule;
    }

    public void setSccModule(SccModule sccModule) {
        this.sccModule = sccModule;
    }

    public Derogation getDerogation() {
        return derogation;
    }

    public void setDerogation(Derogation derogation) {
        this.derogation = derogation;
    }

    public boolean isDpfChecked() {
        return dpfChecked;
    }

    public void setDpfChecked(boolean dpfChecked) {
        this.dpfChecked = dpfChecked;
    }

    public LocalDate getDpfCheckedOn() {
        return dpfCheckedOn;
    }

    public void setDpfCheckedOn(LocalDate dpfCheckedOn) {
        this.dpfCheckedOn = dpfCheckedOn;
    }

    public String getDpfEvidenceUrl() {
        return dpfEvidenceUrl;
    }

    public void setDpfEvidenceUrl(String dpfEvidenceUrl) {
        this.dpfEvidenceUrl = dpfEvidenceUrl;
    }

    public boolean isTiaDone() {
        return tiaDone;
    }

    public void setTiaDone(boolean tiaDone) {
        this.tiaDone = tiaDone;
    }

    public LocalDate getTiaDate() {
        return tiaDate;
    }

    public void setTiaDate(LocalDate tiaDate) {
        this.tiaDate = tiaDate;
    }

    public String getTiaReference() {
        return tiaReference;
    }

    public void setTiaReference(String tiaReference) {
        this.tiaReference = tiaReference;
    }

    public String getSafeguardsDocumentation() {
        return safeguardsDocumentation;
    }

    public void setSafeguardsDocumentation(String safeguardsDocumentation) {
        this.safeguardsDocumentation = safeguardsDocumentation;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Set<Channel> getChannels() {
        return channels;
    }

    public void setChannels(Collection<Channel> channels) {
        this.channels.clear();
        this.channels.addAll(channels);
    }
}
