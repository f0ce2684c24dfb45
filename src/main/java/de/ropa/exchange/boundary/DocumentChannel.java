package de.ropa.exchange.boundary;

import de.ropa.catalogue.entity.FactTopic;
import de.ropa.channels.boundary.ChannelRequest;
import de.ropa.channels.boundary.FactDeviationEntry;
import de.ropa.channels.entity.Audience;
import de.ropa.channels.entity.BackupMode;
import de.ropa.channels.entity.Channel;
import de.ropa.channels.entity.ChannelStatus;
import de.ropa.channels.entity.Device;
import de.ropa.platform.entity.Answer;
import de.ropa.platform.entity.Lengths;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A messenger channel in the register document: the service by its catalogue code, measures by key. */
@Schema(name = "RegisterDocumentChannel")
@JsonbPropertyOrder({"key", "name", "serviceCode"})
public class DocumentChannel {

    @Size(max = Lengths.NAME)

    public String key;

    @NotBlank
    @Size(max = Lengths.NAME)
    public String name;

    @Schema(description = "The messenger service's catalogue code", example = "whatsapp-business-app")
    @NotBlank
    @Size(max = Lengths.CODE)
    public String serviceCode;

    @NotNull
    public Audience audience;

    @Size(max = 10)
    public List<@NotNull Device> devices = new ArrayList<>();

    @Schema(description = "YES, NO or UNKNOWN; format versions 1 to 3 wrote true or false")
    public Answer contactSync;

    @NotNull
    public BackupMode backupMode;

    @Schema(description = "YES, NO or UNKNOWN; format versions 1 to 3 wrote true or false")
    public Answer art13Information;

    @Size(max = Lengths.TEXT)
    public String art13How;

    public Boolean imprintInProfile;

    @Size(max = Lengths.TEXT)
    public String consentRecording;

    public Boolean inPrivacyNotice;

    public Boolean specialCategories;

    @Size(max = Lengths.TEXT)
    public String specialCategoriesNotes;

    @Size(max = Lengths.TEXT)
    public String purposeSummary;

    @Size(max = Lengths.NAME)
    public String owner;

    @NotNull
    public ChannelStatus status;

    public LocalDate lastReviewedOn;

    public LocalDate nextReviewOn;

    @Size(max = 500)
    public List<@NotNull @Size(max = Lengths.NAME) String> measureKeys = new ArrayList<>();

    @Schema(description = "Since format version 4; missing in earlier documents, which reads as UNKNOWN")
    public Answer thirdPartyData;

    @Schema(description = "Since format version 4")
    public Answer art14Information;

    @Schema(description = "Since format version 4")
    public Answer businessCorrespondence;

    @Schema(description = "Since format version 4")
    public Answer disappearingMessages;

    @Schema(description = "Since format version 4")
    public Answer worksAgreement;

    @Schema(description = "Since format version 4: the organisation's own arrangements with the provider")
    @Valid
    @Size(max = 10)
    public List<@NotNull Deviation> deviations = new ArrayList<>();

    /** The organisation's own arrangement with the provider on one topic. */
    @Schema(name = "RegisterDocumentDeviation")
    public static class Deviation {

        @NotNull
        public FactTopic topic;

        @NotBlank
        @Size(max = Lengths.TEXT)
        public String statement;

        @Size(max = Lengths.SHORT_TEXT)
        public String evidence;
    }

    static DocumentChannel of(Channel c, DocumentKeys keys) {
        DocumentChannel d = new DocumentChannel();
        d.key = keys.key(c);
        d.name = c.getName();
        d.serviceCode = c.getService().getCode();
        d.audience = c.getAudience();
        d.devices = new ArrayList<>(new TreeSet<>(c.getDevices()));
        d.contactSync = c.getContactSync();
        d.backupMode = c.getBackupMode();
        d.art13Information = c.getArt13Information();
        d.thirdPartyData = c.getThirdPartyData();
        d.art14Information = c.getArt14Information();
        d.businessCorrespondence = c.getBusinessCorrespondence();
        d.disappearingMessages = c.getDisappearingMessages();
        d.worksAgreement = c.getWorksAgreement();
        d.deviations = new ArrayList<>(c.getDeviations().stream().map(f -> {
            Deviation deviation = new Deviation();
            deviation.topic = f.getTopic();
            deviation.statement = f.getStatement();
            deviation.evidence = f.getEvidence();
            return deviation;
        }).toList());
        d.art13How = c.getArt13How();
        d.imprintInProfile = c.isImprintInProfile();
        d.consentRecording = c.getConsentRecording();
        d.inPrivacyNotice = c.isInPrivacyNotice();
        d.specialCategories = c.isSpecialCategories();
        d.specialCategoriesNotes = c.getSpecialCategoriesNotes();
        d.purposeSummary = c.getPurposeSummary();
        d.owner = c.getOwner();
        d.status = c.getStatus();
        d.lastReviewedOn = c.getLastReviewedOn();
        d.nextReviewOn = c.getNextReviewOn();
        d.measureKeys = keys.keys(c.getMeasures());
        return d;
    }

    ChannelRequest toRequest(long serviceId, List<Long> measureIds) {
        ChannelRequest r = new ChannelRequest();
        r.name = name;
        r.serviceId = serviceId;
        r.audience = audience;
        r.devices = devices == null ? new LinkedHashSet<>() : new LinkedHashSet<>(devices);
        r.contactSync = contactSync;
        r.backupMode = backupMode;
        r.art13Information = art13Information;
        r.art13How = art13How;
        r.imprintInProfile = imprintInProfile;
        r.consentRecording = consentRecording;
        r.inPrivacyNotice = inPrivacyNotice;
        r.specialCategories = specialCategories;
        r.specialCategoriesNotes = specialCategoriesNotes;
        r.purposeSummary = purposeSummary;
        r.owner = owner;
        r.status = status;
        r.lastReviewedOn = lastReviewedOn;
        r.nextReviewOn = nextReviewOn;
        r.measureIds = measureIds;
        r.thirdPartyData = thirdPartyData;
        r.art14Information = art14Information;
        r.businessCorrespondence = businessCorrespondence;
        r.disappearingMessages = disappearingMessages;
        r.worksAgreement = worksAgreement;
        r.deviations = deviations == null ? new ArrayList<>() : new ArrayList<>(deviations.stream().map(d -> {
            FactDeviationEntry entry = new FactDeviationEntry();
            entry.topic = d.topic;
            entry.statement = d.statement;
            entry.evidence = d.evidence;
            return entry;
        }).toList());
        return r;
    }
}
