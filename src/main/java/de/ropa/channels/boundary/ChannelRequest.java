package de.ropa.channels.boundary;

import de.ropa.catalogue.entity.FactTopic;
import de.ropa.channels.entity.Audience;
import de.ropa.channels.entity.BackupMode;
import de.ropa.channels.entity.Channel;
import de.ropa.channels.entity.ChannelStatus;
import de.ropa.channels.entity.Device;
import de.ropa.platform.control.InvalidFieldException.FieldProblem;
import de.ropa.platform.entity.Answer;
import de.ropa.platform.entity.Lengths;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A messenger channel as a client sends it. */
@Schema(name = "ChannelRequest")
public class ChannelRequest implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Schema(example = "WhatsApp Business – Terminvereinbarung", required = true)
    @NotBlank
    @Size(max = Lengths.NAME)
    public String name;

    @Schema(description = "The messenger service (catalogue id)", required = true)
    @NotNull
    public Long serviceId;

    @Schema(required = true)
    @NotNull
    public Audience audience;

    @Schema(description = "Where the messenger runs; empty or UNKNOWN when not known yet")
    @Size(max = 10)
    public Set<@NotNull Device> devices = new LinkedHashSet<>();

    @Schema(description = "Whether the app may upload the address book. YES, NO or UNKNOWN (also when missing);"
            + " true and false are read as YES and NO")
    public Answer contactSync;

    @Schema(description = "How the chats are backed up; UNKNOWN when missing")
    public BackupMode backupMode;

    @Schema(description = "Whether the people on the channel (contacts; employees on an internal channel) get the"
            + " Art. 13 information. YES, NO or UNKNOWN (also when missing); true and false are read as YES and NO")
    public Answer art13Information;

    @Schema(description = "Whether data of people outside the chat arrive over it (contacts passed on, customers in"
            + " photos): YES, NO or UNKNOWN")
    public Answer thirdPartyData;

    @Schema(description = "Whether those people get the Art. 14 information: YES, NO or UNKNOWN")
    public Answer art14Information;

    @Schema(description = "Whether the chats are business correspondence to be kept (§ 257 HGB, § 147 AO): YES, NO or UNKNOWN")
    public Answer businessCorrespondence;

    @Schema(description = "Whether disappearing messages are switched on: YES, NO or UNKNOWN")
    public Answer disappearingMessages;

    @Schema(description = "Whether a works agreement covers the channel (§ 87(1) No. 6 BetrVG): YES, NO or UNKNOWN")
    public Answer worksAgreement;

    @Schema(description = "The organisation's own arrangements with the provider where they differ from the catalogue,"
            + " at most one per topic")
    @Valid
    @Size(max = 10)
    public List<@NotNull FactDeviationEntry> deviations = new ArrayList<>();

    @Schema(example = "Automatische Begrüßungsnachricht mit Link zur Datenschutzerklärung")
    @Size(max = Lengths.TEXT)
    public String art13How;

    public Boolean imprintInProfile;

    @Schema(description = "How consent is recorded; empty when it is not")
    @Size(max = Lengths.TEXT)
    public String consentRecording;

    public Boolean inPrivacyNotice;

    @Schema(description = "Whether special categories (e.g. sick notes) are sent")
    public Boolean specialCategories;

    @Size(max = Lengths.TEXT)
    public String specialCategoriesNotes;

    @Size(max = Lengths.TEXT)
    public String purposeSummary;

    @Schema(example = "Büroleitung")
    @Size(max = Lengths.NAME)
    public String owner;

    @Schema(required = true)
    @NotNull
    public ChannelStatus status;

    public LocalDate lastReviewedOn;

    public LocalDate nextReviewOn;

    @Schema(description = "The organisation's measures protecting this channel")
    @Size(max = 500)
    public List<@NotNull Long> measureIds = new ArrayList<>();

    /** A new channel as a form starts it: every question the DPO may not know yet is "unknown". */
    public static ChannelRequest unanswered() {
        ChannelRequest r = new ChannelRequest();
        r.devices = new LinkedHashSet<>(Set.of(Device.UNKNOWN));
        r.contactSync = Answer.UNKNOWN;
        r.backupMode = BackupMode.UNKNOWN;
        r.art13Information = Answer.UNKNOWN;
        r.thirdPartyData = Answer.UNKNOWN;
        r.art14Information = Answer.UNKNOWN;
        r.businessCorrespondence = Answer.UNKNOWN;
        r.disappearingMessages = Answer.UNKNOWN;
        r.worksAgreement = Answer.UNKNOWN;
        return r;
    }

    /** A topic the organisation states twice, as a field problem (null if none). */
    FieldProblem deviationProblem() {
        Set<FactTopic> seen = EnumSet.noneOf(FactTopic.class);
        for (int i = 0; deviations != null && i < deviations.size(); i++) {
            if (!seen.add(deviations.get(i).topic)) {
                return new FieldProblem("deviations[" + i + "].topic", "catalogue.factTopicTwice", deviations.get(i).topic);
            }
        }
        return null;
    }

    /** The request that would store the channel as it is, for editing it on a screen. */
    public static ChannelRequest from(Channel channel) {
        return copy(channel, new ChannelRequest());
    }

    private static ChannelRequest copy(Channel channel, ChannelRequest r) {
        r.name = channel.getName();
        r.serviceId = channel.getService().getId();
        r.audience = channel.getAudience();
        r.devices = new LinkedHashSet<>(channel.getDevices());
        r.contactSync = channel.getContactSync();
        r.backupMode = channel.getBackupMode();
        r.art13Information = channel.getArt13Information();
        r.thirdPartyData = channel.getThirdPartyData();
        r.art14Information = channel.getArt14Information();
        r.businessCorrespondence = channel.getBusinessCorrespondence();
        r.disappearingMessages = channel.getDisappearingMessages();
        r.worksAgreement = channel.getWorksAgreement();
        r.deviations = new ArrayList<>(channel.getDeviations().stream().map(FactDeviationEntry::from).toList());
        r.art13How = channel.getArt13How();
        r.imprintInProfile = channel.isImprintInProfile();
        r.consentRecording = channel.getConsentRecording();
        r.inPrivacyNotice = channel.isInPrivacyNotice();
        r.specialCategories = channel.isSpecialCategories();
        r.specialCategoriesNotes = channel.getSpecialCategoriesNotes();
        r.purposeSummary = channel.getPurposeSummary();
        r.owner = channel.getOwner();
        r.status = channel.getStatus();
        r.lastReviewedOn = channel.getLastReviewedOn();
        r.nextReviewOn = channel.getNextReviewOn();
        r.measureIds = new ArrayList<>(channel.getMeasures().stream().map(m -> m.getId()).toList());
        return r;
    }

    /** Copies the plain fields; the service resolves the links. */
    void applyTo(Channel channel) {
        channel.setName(name);
        channel.setAudience(audience);
        channel.setContactSync(Answer.orUnknown(contactSync));
        channel.setBackupMode(backupMode == null ? BackupMode.UNKNOWN : backupMode);
        channel.setArt13Information(Answer.orUnknown(art13Information));
        channel.setThirdPartyData(Answer.orUnknown(thirdPartyData));
        channel.setArt14Information(Answer.orUnknown(art14Information));
        channel.setBusinessCorrespondence(Answer.orUnknown(businessCorrespondence));
        channel.setDisappearingMessages(Answer.orUnknown(disappearingMessages));
        channel.setWorksAgreement(Answer.orUnknown(worksAgreement));
        channel.setDeviations(deviations == null ? List.of() : deviations.stream().map(FactDeviationEntry::toDeviation).toList());
        channel.setArt13How(art13How);
        channel.setImprintInProfile(Boolean.TRUE.equals(imprintInProfile));
        channel.setConsentRecording(consentRecording);
        channel.setInPrivacyNotice(Boolean.TRUE.equals(inPrivacyNotice));
        channel.setSpecialCategories(Boolean.TRUE.equals(specialCategories));
        channel.setSpecialCategoriesNotes(specialCategoriesNotes);
        channel.setPurposeSummary(purposeSummary);
        channel.setOwner(owner);
        channel.setStatus(status);
        channel.setLastReviewedOn(lastReviewedOn);
        channel.setNextReviewOn(nextReviewOn);
        channel.setDevices(devices == null ? Set.of() : devices);
    }
}
