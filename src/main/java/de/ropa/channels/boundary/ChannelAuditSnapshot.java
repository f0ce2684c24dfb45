package de.ropa.channels.boundary;

import de.ropa.channels.entity.Audience;
import de.ropa.channels.entity.BackupMode;
import de.ropa.channels.entity.Channel;
import de.ropa.channels.entity.ChannelStatus;
import de.ropa.channels.entity.Device;
import de.ropa.platform.control.AuditSnapshot;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A channel as the audit trail records it (see {@link AuditSnapshot}); version 1 is the API's shape of 2026. */
public record ChannelAuditSnapshot(long id, long version, long organisationId, String name, long serviceId, String serviceName,
                              Audience audience, List<Device> devices, boolean contactSync, BackupMode backupMode,
                              boolean art13Information, String art13How, boolean imprintInProfile, String consentRecording,
                              boolean inPrivacyNotice, boolean specialCategories, String specialCategoriesNotes,
                              String purposeSummary, String owner, ChannelStatus status, LocalDate lastReviewedOn,
                              LocalDate nextReviewOn, List<Long> measureIds, LocalDateTime createdAt,
                              LocalDateTime updatedAt) implements AuditSnapshot {

    public static final int VERSION = 1;

    static ChannelAuditSnapshot of(Channel c) {
        return new ChannelAuditSnapshot(c.getId(), c.getVersion(), c.getOrganisationId(), c.getName(), c.getService().getId(),
                c.getService().getName(), c.getAudience(), c.getDevices().stream().sorted().toList(), c.isContactSync(),
                c.getBackupMode(), c.isArt13Information(), c.getArt13How(), c.isImprintInProfile(), c.getConsentRecording(),
                c.isInPrivacyNotice(), c.isSpecialCategories(), c.getSpecialCategoriesNotes(), c.getPurposeSummary(),
                c.getOwner(), c.getStatus(), c.getLastReviewedOn(), c.getNextReviewOn(),
                c.getMeasures().stream().map(m -> m.getId()).sorted().toList(), c.getCreatedAt(), c.getUpdatedAt());
    }

    @Override
    public int schemaVersion() {
        return VERSION;
    }
}
