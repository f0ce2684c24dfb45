package de.ropa.exchange.boundary;

import de.ropa.activities.boundary.ActivityEntries.DataCategoryEntry;
import de.ropa.activities.boundary.ActivityEntries.PurposeEntry;
import de.ropa.activities.boundary.ActivityEntries.RecipientEntry;
import de.ropa.activities.boundary.ActivityRequest;
import de.ropa.activities.entity.ActivityStatus;
import de.ropa.activities.entity.Art9Condition;
import de.ropa.activities.entity.DpiaDecision;
import de.ropa.activities.entity.LegalBasis;
import de.ropa.activities.entity.ProcessingActivity;
import de.ropa.activities.entity.RecipientKind;
import de.ropa.activities.entity.RecordType;
import de.ropa.platform.entity.Lengths;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A processing activity in the register document: channels, measures, transfers and processors by key. */
@Schema(name = "RegisterDocumentActivity")
@JsonbPropertyOrder({"key", "name"})
public class DocumentActivity {

    @Size(max = Lengths.NAME)

    public String key;

    @NotBlank
    @Size(max = Lengths.NAME)
    public String name;

    @Size(max = Lengths.TEXT)
    public String description;

    @NotNull
    public RecordType recordType;

    @Size(max = Lengths.SHORT_TEXT)
    public String clientController;

    @Size(max = 50)
    public List<@NotNull @Valid Purpose> purposes = new ArrayList<>();

    @Size(max = 50)
    public List<@NotBlank @Size(max = Lengths.NAME) String> subjectCategories = new ArrayList<>();

    @Size(max = 100)
    public List<@NotNull @Valid DataCategory> dataCategories = new ArrayList<>();

    @Size(max = Lengths.TEXT)
    public String dataSource;

    @Size(max = 50)
    public List<@NotNull @Valid Recipient> recipients = new ArrayList<>();

    @Size(max = 500)
    public List<@NotNull @Size(max = Lengths.NAME) String> channelKeys = new ArrayList<>();

    @Size(max = 500)
    public List<@NotNull @Size(max = Lengths.NAME) String> measureKeys = new ArrayList<>();

    @Size(max = 500)
    public List<@NotNull @Size(max = Lengths.NAME) String> transferKeys = new ArrayList<>();

    @Size(max = Lengths.NAME)
    public String department;

    @Size(max = Lengths.NAME)
    public String contactPerson;

    public DpiaDecision dpiaDecision;

    @Size(max = Lengths.TEXT)
    public String dpiaReasons;

    @Size(max = Lengths.SHORT_TEXT)
    public String dpiaReference;

    @Size(max = Lengths.TEXT)
    public String tomSummary;

    @NotNull
    public ActivityStatus status;

    public LocalDate lastReviewedOn;

    public LocalDate nextReviewOn;

    /** A purpose with its own legal basis. */
    @Schema(name = "RegisterDocumentPurpose")
    public static class Purpose {

        @NotBlank
        @Size(max = Lengths.TEXT)
        public String description;

        @NotNull
        public LegalBasis legalBasis;

        public Art9Condition art9Condition;

        @Size(max = Lengths.SHORT_TEXT)
        public String statutorySource;

        @Size(max = Lengths.SHORT_TEXT)
        public String balancingTestReference;
    }

    /** A category of personal data with its erasure period. */
    @Schema(name = "RegisterDocumentDataCategory")
    public static class DataCategory {

        @NotBlank
        @Size(max = Lengths.NAME)
        public String name;

        public Boolean specialCategory;

        @Size(max = Lengths.SHORT_TEXT)
        public String erasurePeriod;
    }

    /** A category of recipients; a processor recipient names the processor by key. */
    @Schema(name = "RegisterDocumentRecipient")
    @JsonbPropertyOrder({"name", "kind", "country", "processorKey"})
    public static class Recipient {

        @NotBlank
        @Size(max = Lengths.NAME)
        public String name;

        @NotNull
        public RecipientKind kind;

        @Pattern(regexp = "[A-Z]{2}", message = "{ropa.country}")
        @Size(max = Lengths.COUNTRY)
        public String country;

        @Schema(description = "The key of the processor, for a processor recipient")
        @Size(max = Lengths.NAME)
        public String processorKey;
    }

    static DocumentActivity of(ProcessingActivity a, DocumentKeys keys) {
        DocumentActivity d = new DocumentActivity();
        d.key = keys.key(a);
        d.name = a.getName();
        d.description = a.getDescription();
        d.recordType = a.getRecordType();
        d.clientController = a.getClientController();
        d.purposes = a.getPurposes().stream().map(p -> {
            Purpose purpose = new Purpose();
            purpose.description = p.getDescription();
            purpose.legalBasis = p.getLegalBasis();
            purpose.art9Condition = p.getArt9Condition();
            purpose.statutorySource = p.getStatutorySource();
            purpose.balancingTestReference = p.getBalancingTestReference();
            return purpose;
        }).toList();
        d.subjectCategories = List.copyOf(a.getSubjectCategories());
        d.dataCategories = a.getDataCategories().stream().map(c -> {
            DataCategory category = new DataCategory();
            category.name = c.getName();
            category.specialCategory = c.isSpecialCategory();
            category.erasurePeriod = c.getErasurePeriod();
            return category;
        }).toList();
        d.dataSource = a.getDataSource();
        d.recipients = a.getRecipients().stream().map(r -> {
            Recipient recipient = new Recipient();
            recipient.name = r.getName();
            recipient.kind = r.getKind();
            recipient.country = r.getCountry();
            recipient.processorKey = keys.key(r.getProcessor());
            return recipient;
        }).toList();
        d.channelKeys = keys.keys(a.getChannels());
        d.measureKeys = keys.keys(a.getMeasures());
        d.transferKeys = keys.keys(a.getTransfers());
        d.department = a.getDepartment();
        d.contactPerson = a.getContactPerson();
        d.dpiaDecision = a.getDpiaDecision();
        d.dpiaReasons = a.getDpiaReasons();
        d.dpiaReference = a.getDpiaReference();
        d.tomSummary = a.getTomSummary();
        d.status = a.getStatus();
        d.lastReviewedOn = a.getLastReviewedOn();
        d.nextReviewOn = a.getNextReviewOn();
        return d;
    }

    /** The request that creates the activity; {@code processorIds} resolves a recipient's processor key. */
    ActivityRequest toRequest(List<Long> channelIds, List<Long> measureIds, List<Long> transferIds,
                              Function<String, Long> processorIds) {
        ActivityRequest r = new ActivityRequest();
        r.name = name;
        r.description = description;
        r.recordType = recordType;
        r.clientController = clientController;
        r.purposes = new ArrayList<>(listOf(purposes).stream().map(p -> {
            PurposeEntry e = new PurposeEntry();
            e.description = p.description;
            e.legalBasis = p.legalBasis;
            e.art9Condition = p.art9Condition;
            e.statutorySource = p.statutorySource;
            e.balancingTestReference = p.balancingTestReference;
            return e;
        }).toList());
        r.subjectCategories = new ArrayList<>(listOf(subjectCategories));
        r.dataCategories = new ArrayList<>(listOf(dataCategories).stream().map(c -> {
            DataCategoryEntry e = new DataCategoryEntry();
            e.name = c.name;
            e.specialCategory = c.specialCategory;
            e.erasurePeriod = c.erasurePeriod;
            return e;
        }).toList());
        r.dataSource = dataSource;
        r.recipients = new ArrayList<>(listOf(recipients).stream().map(c -> {
            RecipientEntry e = new RecipientEntry();
            e.name = c.name;
            e.kind = c.kind;
            e.country = c.country;
            e.processorId = c.processorKey == null ? null : processorIds.apply(c.processorKey);
            return e;
        }).toList());
        r.channelIds = channelIds;
        r.measureIds = measureIds;
        r.transferIds = transferIds;
        r.department = department;
        r.contactPerson = contactPerson;
        r.dpiaDecision = dpiaDecision;
        r.dpiaReasons = dpiaReasons;
        r.dpiaReference = dpiaReference;
        r.tomSummary = tomSummary;
        r.status = status;
        r.lastReviewedOn = lastReviewedOn;
        r.nextReviewOn = nextReviewOn;
        return r;
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }
}
