package de.ropa.channels.boundary;

import de.ropa.catalogue.entity.FactTopic;
import de.ropa.channels.entity.Audience;
import de.ropa.channels.entity.BackupMode;
import de.ropa.channels.entity.Channel;
import de.ropa.channels.entity.ChannelStatus;
import de.ropa.channels.entity.Device;
import de.ropa.platform.entity.Answer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A messenger channel as the API shows it. */
@Schema(name = "Channel")
public record ChannelResponse(
        long id,
        @Schema(description = "Version for If-Match; also sent as ETag") long version,
        long organisationId,
        String name,
        long serviceId,
        String serviceName,
        Audience audience,
        List<Device> devices,
        Answer contactSync,
        BackupMode backupMode,
        Answer art13Information,
        String art13How,
        boolean imprintInProfile,
        String consentRecording,
        boolean inPrivacyNotice,
        boolean specialCategories,
        String specialCategoriesNotes,
        Answer thirdPartyData,
        Answer art14Information,
        Answer businessCorrespondence,
        Answer disappearingMessages,
        Answer worksAgreement,
        List<Deviation> deviations,
        String purposeSummary,
        String owner,
        ChannelStatus status,
        LocalDate lastReviewedOn,
        LocalDate nextReviewOn,
        List<Long> measureIds,
        @Schema(description = "UTC") LocalDateTime createdAt,
        @Schema(description = "UTC") LocalDateTime updatedAt) implements java.io.Serializable {

    /** The organisation's own arrangement with the provider on one topic. */
    @Schema(name = "FactDeviationResponse")
    public record Deviation(FactTopic topic, String statement, String evidence) implements java.io.Serializable {
    }

    public static ChannelResponse from(Channel e) {
        return new ChannelResponse(
                e.getId(),
                e.getVersion(),
                e.getOrganisationId(),
                e.getName(),
                e.getService().getId(),
                e.getService().getName(),
                e.getAudience(),
                e.getDevices().stream().sorted().toList(),
                e.getContactSync(),
                e.getBackupMode(),
                e.getArt13Information(),
                e.getArt13How(),
                e.isImprintInProfile(),
                e.getConsentRecording(),
                e.isInPrivacyNotice(),
                e.isSpecialCategories(),
                e.getSpecialCategoriesNotes(),
                e.getThirdPartyData(),
                e.getArt14Information(),
                e.getBusinessCorrespondence(),
                e.getDisappearingMessages(),
                e.getWorksAgreement(),
                e.getDeviations().stream().map(d -> new Deviation(d.getTopic(), d.getStatement(), d.getEvidence())).toList(),
                e.getPurposeSummary(),
                e.getOwner(),
                e.getStatus(),
                e.getLastReviewedOn(),
                e.getNextReviewOn(),
                e.getMeasures().stream().map(x -> x.getId()).sorted().toList(),
                e.getCreatedAt(),
                e.getUpdatedAt());
    }
}
