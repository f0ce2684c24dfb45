package de.ropa.channels.boundary;

import de.ropa.channels.entity.Audience;
import de.ropa.channels.entity.BackupMode;
import de.ropa.channels.entity.Channel;
import de.ropa.channels.entity.ChannelStatus;
import de.ropa.channels.entity.Device;
import de.ropa.platform.control.AuditSnapshot;
import de.ropa.platform.entity.Answer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A channel as the audit trail records it (see {@link AuditSnapshot}). Version 1 was the API's shape of 2026; version 2
 * answers contact sync and the Art. 13 information with YES, NO or UNKNOWN instead of true and false, and adds the
 * questions on third parties, business correspondence, disappearing messages, works agreement and the deviations.
 */
public record ChannelAuditSnapshot(long id, long version, long organisationId, String name, long serviceId, String serviceName,
                              Audience audience, List<Device> devices, Answer contactSync, BackupMode backupMode,
                              Answer art13Information, String art13How, boolean imprintInProfile, String consentRecording,
                              boolean inPrivacyNotice, boolean specialCategories, String specialCategoriesNotes,
                              String purposeSummary, String owner, ChannelStatus status, LocalDate lastReviewedOn,
                              LocalDate nextReviewOn, List<Long> measureIds, LocalDateTime createdAt,
                              LocalDateTime updatedAt, Answer thirdPartyData, Answer art14Information,
                              Answer businessCorrespondence, Answer disappearingMessages, Answer worksAgreement,
                              List<String> deviations) implements AuditSnapshot {

    public static final int VERSION = 2;

    static ChannelAuditSnapshot of(Channel c) {
        return new ChannelAuditSnapshot(c.getId(), c.getVersion(), c.getOrganisationId(), c.getName(), c.getService().getId(),
                c.getService().getName(), c.getAudience(), c.getDevices().stream().sorted().toList(), c.getContactSync(),
                c.getBackupMode(), c.getArt13Information(), c.getArt13How(), c.isImprintInProfile(), c.getConsentRecording(),
                c.isInPrivacyNotice(), c.isSpecialCategories(), c.getSpecialCategoriesNotes(), c.getPurposeSummary(),
                c.getOwner(), c.getStatus(), c.getLastReviewedOn(), c.getNextReviewOn(),
                c.getMeasures().stream().map(m -> m.getId()).sorted().toList(), c.getCreatedAt(), c.getUpdatedAt(),
                c.getThirdPartyData(), c.getArt14Information(), c.getBusinessCorrespondence(), c.getDisappearingMessages(),
                c.getWorksAgreement(), c.getDeviations().stream().map(d -> d.getTopic() + ": " + d.getStatement()
                        + (d.getEvidence() == null ? "" : " (" + d.getEvidence() + ")")).toList());
    }

    @Override
    public int schemaVersion() {
        return VERSION;
    }
}
