package de.ropa.transfers.boundary;

import de.ropa.platform.control.AuditSnapshot;
import de.ropa.transfers.entity.Derogation;
import de.ropa.transfers.entity.SccModule;
import de.ropa.transfers.entity.Transfer;
import de.ropa.transfers.entity.TransferMechanism;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A third-country transfer as the audit trail records it (see {@link AuditSnapshot}); version 1 is the API's shape of 2026. */
public record TransferAuditSnapshot(long id, long version, long organisationId, String recipient, String country, Long processorId,
                               TransferMechanism mechanism, SccModule sccModule, Derogation derogation, boolean dpfChecked,
                               LocalDate dpfCheckedOn, String dpfEvidenceUrl, boolean tiaDone, LocalDate tiaDate,
                               String tiaReference, String safeguardsDocumentation, String notes, List<Long> channelIds,
                               LocalDateTime createdAt, LocalDateTime updatedAt) implements AuditSnapshot {

    public static final int VERSION = 1;

    static TransferAuditSnapshot of(Transfer t) {
        return new TransferAuditSnapshot(t.getId(), t.getVersion(), t.getOrganisationId(), t.getRecipient(), t.getCountry(),
                t.getProcessor() == null ? null : t.getProcessor().getId(), t.getMechanism(), t.getSccModule(),
                t.getDerogation(), t.isDpfChecked(), t.getDpfCheckedOn(), t.getDpfEvidenceUrl(), t.isTiaDone(), t.getTiaDate(),
                t.getTiaReference(), t.getSafeguardsDocumentation(), t.getNotes(),
                t.getChannels().stream().map(c -> c.getId()).sorted().toList(), t.getCreatedAt(), t.getUpdatedAt());
    }

    @Override
    public int schemaVersion() {
        return VERSION;
    }
}
