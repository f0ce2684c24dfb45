package de.ropa.activities.boundary;

import de.ropa.activities.boundary.ActivityEntries.DataCategoryEntry;
import de.ropa.activities.boundary.ActivityEntries.PurposeEntry;
import de.ropa.activities.boundary.ActivityEntries.RecipientEntry;
import de.ropa.activities.entity.ActivityStatus;
import de.ropa.activities.entity.DpiaDecision;
import de.ropa.activities.entity.ProcessingActivity;
import de.ropa.activities.entity.RecordType;
import de.ropa.platform.entity.Lengths;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A processing activity as a client sends it: every Art. 30(1) field, as controller or as processor (Art. 30(2)). */
@Schema(name = "ActivityRequest")
public class ActivityRequest implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Schema(example = "Terminvereinbarung per WhatsApp Business", required = true)
    @NotBlank
    @Size(max = Lengths.NAME)
    public String name;

    @Size(max = Lengths.TEXT)
    public String description;

    @Schema(description = "CONTROLLER (Art. 30(1)) or PROCESSOR (Art. 30(2))", required = true)
    @NotNull
    public RecordType recordType;

    @Schema(description = "Required for a processor record: the controller on whose behalf the organisation processes")
    @Size(max = Lengths.SHORT_TEXT)
    public String clientController;

    @Schema(description = "Each purpose with its own legal basis")
    @Size(max = 50)
    public List<@NotNull @Valid PurposeEntry> purposes = new ArrayList<>();

    @Schema(description = "Categories of data subjects", example = "[\"Kundinnen und Kunden\"]")
    @Size(max = 50)
    public List<@NotBlank @Size(max = Lengths.NAME) String> subjectCategories = new ArrayList<>();

    @Size(max = 100)
    public List<@NotNull @Valid DataCategoryEntry> dataCategories = new ArrayList<>();

    @Schema(example = "Direkt bei den Betroffenen")
    @Size(max = Lengths.TEXT)
    public String dataSource;

    @Size(max = 50)
    public List<@NotNull @Valid RecipientEntry> recipients = new ArrayList<>();

    @Schema(description = "Channels the activity uses")
    @Size(max = 500)
    public List<@NotNull Long> channelIds = new ArrayList<>();

    @Schema(description = "Measures (TOMs) that protect it")
    @Size(max = 500)
    public List<@NotNull Long> measureIds = new ArrayList<>();

    @Schema(description = "Third-country transfers it involves")
    @Size(max = 500)
    public List<@NotNull Long> transferIds = new ArrayList<>();

    @Schema(example = "Büro")
    @Size(max = Lengths.NAME)
    public String department;

    @Schema(example = "Petra Klein")
    @Size(max = Lengths.NAME)
    public String contactPerson;

    @Schema(description = "Empty while undecided")
    public DpiaDecision dpiaDecision;

    @Size(max = Lengths.TEXT)
    public String dpiaReasons;

    @Size(max = Lengths.SHORT_TEXT)
    public String dpiaReference;

    @Schema(description = "General description of the TOMs (Art. 30(1)(g))")
    @Size(max = Lengths.TEXT)
    public String tomSummary;

    @Schema(required = true)
    @NotNull
    public ActivityStatus status;

    public LocalDate lastReviewedOn;

    public LocalDate nextReviewOn;

    /** The request that would store the activity as it is, for editing it on a screen. */
    public static ActivityRequest from(ProcessingActivity activity) {
        return copy(activity, new ActivityRequest());
    }

    private static ActivityRequest copy(ProcessingActivity a, ActivityRequest r) {
        r.name = a.getName();
        r.description = a.getDescription();
        r.recordType = a.getRecordType();
        r.clientController = a.getClientController();
        r.purposes = new ArrayList<>(a.getPurposes().stream().map(PurposeEntry::from).toList());
        r.subjectCategories = new ArrayList<>(a.getSubjectCategories());
        r.dataCategories = new ArrayList<>(a.getDataCategories().stream().map(DataCategoryEntry::from).toList());
        r.dataSource = a.getDataSource();
        r.recipients = new ArrayList<>(a.getRecipients().stream().map(RecipientEntry::from).toList());
        r.channelIds = ids(a.getChannels());
        r.measureIds = ids(a.getMeasures());
        r.transferIds = ids(a.getTransfers());
        r.department = a.getDepartment();
        r.contactPerson = a.getContactPerson();
        r.dpiaDecision = a.getDpiaDecision();
        r.dpiaReasons = a.getDpiaReasons();
        r.dpiaReference = a.getDpiaReference();
        r.tomSummary = a.getTomSummary();
        r.status = a.getStatus();
        r.lastReviewedOn = a.getLastReviewedOn();
        r.nextReviewOn = a.getNextReviewOn();
        return r;
    }

    private static List<Long> ids(java.util.Collection<? extends de.ropa.platform.entity.Tracked> linked) {
        return new ArrayList<>(linked.stream().map(de.ropa.platform.entity.Tracked::getId).sorted().toList());
    }

    /** Copies the plain fields; the service resolves the links. */
    void applyTo(ProcessingActivity activity) {
        activity.setName(name);
        activity.setDescription(description);
        activity.setRecordType(recordType);
        activity.setClientController(clientController);
        activity.setDataSource(dataSource);
        activity.setDepartment(department);
        activity.setContactPerson(contactPerson);
        activity.setDpiaDecision(dpiaDecision);
        activity.setDpiaReasons(dpiaReasons);
        activity.setDpiaReference(dpiaReference);
        activity.setTomSummary(tomSummary);
        activity.setStatus(status);
        activity.setLastReviewedOn(lastReviewedOn);
        activity.setNextReviewOn(nextReviewOn);
        activity.setPurposes(purposes == null ? List.of() : purposes.stream().map(PurposeEntry::toEntity).toList());
        activity.setSubjectCategories(subjectCategories == null ? List.of() : subjectCategories);
        activity.setDataCategories(dataCategories == null ? List.of()
                : dataCategories.stream().map(DataCategoryEntry::toEntity).toList());
    }
}
