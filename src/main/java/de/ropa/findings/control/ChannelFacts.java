package de.ropa.findings.control;

import de.ropa.channels.entity.Audience;
import de.ropa.channels.entity.BackupMode;
import de.ropa.channels.entity.ChannelStatus;
import de.ropa.channels.entity.Device;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * What the rules read of a channel: its own facts, its service, the names of the (not retired)
 * activities that use it and of those among them that rely on consent, and whether a processor is
 * recorded for it or its service.
 */
public record ChannelFacts(long id, long organisationId, String name, ChannelStatus status, ServiceFacts service,
                           Audience audience, Set<Device> devices, boolean contactSync, BackupMode backupMode,
                           boolean art13Information, boolean imprintInProfile, boolean consentRecorded,
                           boolean inPrivacyNotice, boolean specialCategories, LocalDate lastReviewedOn,
                           LocalDate nextReviewOn, LocalDateTime createdAt, Set<String> activities,
                           Set<String> consentActivities, boolean processorRecorded) {
}
