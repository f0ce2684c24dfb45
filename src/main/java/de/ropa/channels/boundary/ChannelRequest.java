package de.ropa.channels.boundary;

import de.ropa.channels.entity.Audience;
import de.ropa.channels.entity.BackupMode;
import de.ropa.channels.entity.Channel;
import de.ropa.channels.entity.ChannelStatus;
import de.ropa.channels.entity.Device;
import de.ropa.platform.entity.Lengths;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A messenger channel as a client sends it. */
@Schema(name = "ChannelRequest")
public class ChannelRequest {

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

    @Size(max = 10)
    public Set<@NotNull Device> devices = new LinkedHashSet<>();

    @Schema(description = "Whether the app may upload the address book")
    public Boolean contactSync;

    @Schema(required = true)
    @NotNull
    public BackupMode backupMode;

    @Schema(description = "Whether contacts get the Art. 13 information")
    public Boolean art13Information;

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

    /** The request that would store the channel as it is, for editing it on a screen. */
    public static ChannelRequest from(Channel channel) {
        return copy(channel, new ChannelRequest());
    }

    private static ChannelRequest copy(Channel channel, ChannelRequest r) {
        r.name = channel.getName();
        r.serviceId = channel.getService().getId();
        r.audience = channel.getAudience();
        r.devices = new LinkedHashSet<>(channel.getDevices());
        r.contactSync = channel.isContactSync();
        r.backupMode = channel.getBackupMode();
        r.art13Information = channel.isArt13Information();
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
        channel.setContactSync(Boolean.TRUE.equals(contactSync));
        channel.setBackupMode(backupMode);
        channel.setArt13Information(Boolean.TRUE.equals(art13Information));
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
