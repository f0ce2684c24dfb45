package de.ropa.activities.entity;

import de.ropa.channels.entity.Channel;
import de.ropa.measures.entity.Measure;
import de.ropa.platform.entity.Lengths;
import de.ropa.platform.entity.OrganisationScoped;
import de.ropa.platform.entity.Reviewed;
import de.ropa.transfers.entity.Transfer;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A processing activity: one record of the register with every Art. 30(1) field, as controller or, for a client, as processor (Art. 30(2)). */
@Entity
@Table(name = "activity")
public class ProcessingActivity extends OrganisationScoped implements Reviewed {

    @Id
    @SequenceGenerator(name = "activity_seq", sequenceName = "activity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_seq")
    private Long id;

    @Column(name = "name", length = Lengths.NAME, nullable = false)
    private String name;

    @Column(name = "description", length = Lengths.TEXT)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_type", length = 50, nullable = false)
    private RecordType recordType;

    /** For a processor record: the controller on whose behalf the organisation processes (Art. 30(2)(a)). */
    @Column(name = "client_controller", length = Lengths.SHORT_TEXT)
    private String clientController;

    @Column(name = "data_source", length = Lengths.TEXT)
    private String dataSource;

    @Column(name = "department", length = Lengths.NAME)
    private String department;

    @Column(name = "contact_person", length = Lengths.NAME)
    private String contactPerson;

    /** Null while no decision on a DPIA has been made. */
    @Enumerated(EnumType.STRING)
    @Column(name = "dpia_decision", length = 50)
    private DpiaDecision dpiaDecision;

    @Column(name = "dpia_reasons", length = Lengths.TEXT)
    private String dpiaReasons;

    @Column(name = "dpia_reference", length = Lengths.SHORT_TEXT)
    private String dpiaReference;

    /** General description of the TOMs (Art. 30(1)(g)), beyond the linked measures. */
    @Column(name = "tom_summary", length = Lengths.TEXT)
    private String tomSummary;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 50, nullable = false)
    private ActivityStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "approval_state", length = 20, nullable = false)
    private ApprovalState approvalState = ApprovalState.DRAFT;

    /** Who submitted the activity for approval (kept while it is in review, for the four-eyes check). */
    @Column(name = "submitted_by", length = 100)
    private String submittedBy;

    @Column(name = "last_reviewed_on")
    private LocalDate lastReviewedOn;

    @Column(name = "next_review_on")
    private LocalDate nextReviewOn;

    @ElementCollection
    @CollectionTable(name = "activity_purpose", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "position")
    private List<Purpose> purposes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "activity_subject_category", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", length = Lengths.NAME, nullable = false)
    private List<String> subjectCategories = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "activity_data_category", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "position")
    private List<DataCategory> dataCategories = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "activity_recipient", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "position")
    private List<Recipient> recipients = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "activity_channel", joinColumns = @JoinColumn(name = "activity_id"), inverseJoinColumns = @JoinColumn(name = "channel_id"))
    private Set<Channel> channels = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "activity_measure", joinColumns = @JoinColumn(name = "activity_id"), inverseJoinColumns = @JoinColumn(name = "measure_id"))
    private Set<Measure> measures = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "activity_transfer", joinColumns = @JoinColumn(name = "activity_id"), inverseJoinColumns = @JoinColumn(name = "transfer_id"))
    private Set<Transfer> transfers = new LinkedHashSet<>();

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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public RecordType getRecordType() {
        return recordType;
    }

    public void setRecordType(RecordType recordType) {
        this.recordType = recordType;
    }

    public String getClientController() {
        return clientController;
    }

    public void setClientController(String clientController) {
        this.clientController = clientController;
    }

    public String getDataSource() {
        return dataSource;
    }

    public void setDataSource(String dataSource) {
        this.dataSource = dataSource;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public DpiaDecision getDpiaDecision() {
        return dpiaDecision;
    }

    public void setDpiaDecision(DpiaDecision dpiaDecision) {
        this.dpiaDecision = dpiaDecision;
    }

    public String getDpiaReasons() {
        return dpiaReasons;
    }

    public void setDpiaReasons(String dpiaReasons) {
        this.dpiaReasons = dpiaReasons;
    }

    public String getDpiaReference() {
        return dpiaReference;
    }

    public void setDpiaReference(String dpiaReference) {
        this.dpiaReference = dpiaReference;
    }

    public String getTomSummary() {
        return tomSummary;
    }

    public void setTomSummary(String tomSummary) {
        this.tomSummary = tomSummary;
    }

    public ActivityStatus getStatus() {
        return status;
    }

    public void setStatus(ActivityStatus status) {
        this.status = status;
    }

    public ApprovalState getApprovalState() {
        return approvalState;
    }

    /** A draft again (changed or sent back) has no submitter any more. */
    public void setApprovalState(ApprovalState approvalState) {
        this.approvalState = approvalState;
        if (approvalState == ApprovalState.DRAFT) {
            submittedBy = null;
        }
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public void setSubmittedBy(String submittedBy) {
        this.submittedBy = submittedBy;
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

    public List<Purpose> getPurposes() {
        return purposes;
    }

    public void setPurposes(Collection<Purpose> purposes) {
        this.purposes.clear();
        this.purposes.addAll(purposes);
    }

    public List<String> getSubjectCategories() {
        return subjectCategories;
    }

    public void setSubjectCategories(Collection<String> subjectCategories) {
        this.subjectCategories.clear();
        this.subjectCategories.addAll(subjectCategories);
    }

    public List<DataCategory> getDataCategories() {
        return dataCategories;
    }

    public void setDataCategories(Collection<DataCategory> dataCategories) {
        this.dataCategories.clear();
        this.dataCategories.addAll(dataCategories);
    }

    public List<Recipient> getRecipients() {
        return recipients;
    }

    public void setRecipients(Collection<Recipient> recipients) {
        this.recipients.clear();
        this.recipients.addAll(recipients);
    }

    public Set<Channel> getChannels() {
        return channels;
    }

    public void setChannels(Collection<Channel> channels) {
        this.channels.clear();
        this.channels.addAll(channels);
    }

    public Set<Measure> getMeasures() {
        return measures;
    }

    public void setMeasures(Collection<Measure> measures) {
        this.measures.clear();
        this.measures.addAll(measures);
    }

    public Set<Transfer> getTransfers() {
        return transfers;
    }

    public void setTransfers(Collection<Transfer> transfers) {
        this.transfers.clear();
        this.transfers.addAll(transfers);
    }

    @Override
    public void reviewed(LocalDate today, LocalDate next) {
        setLastReviewedOn(today);
        setNextReviewOn(next);
        touch();
    }
}
