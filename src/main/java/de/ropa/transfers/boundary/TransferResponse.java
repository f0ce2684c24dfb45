package de.ropa.transfers.boundary;

import de.ropa.transfers.entity.Derogation;
import de.ropa.transfers.entity.SccModule;
import de.ropa.transfers.entity.Transfer;
import de.ropa.transfers.entity.TransferMechanism;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A third-country transfer as the API shows it. */
@Schema(name = "Transfer")
public record TransferResponse(
        long id,
        @Schema(description = "Version for If-Match; also sent as ETag") long version,
        long organisationId,
        String recipient,
        String country,
        Long processorId,
        TransferMechanism mechanism,
        SccModule sccModule,
        Derogation derogation,
        boolean dpfChecked,
        LocalDate dpfCheckedOn,
        String dpfEvidenceUrl,
        boolean tiaDone,
        LocalDate tiaDate,
        String tiaReference,
        String safeguardsDocumentation,
        String notes,
        List<Long> channelIds,
        @Schema(description = "UTC") LocalDateTime createdAt,
        @Schema(description = "UTC") LocalDateTime updatedAt) implements java.io.Serializable {

    public static TransferResponse from(Transfer e) {
        return new TransferResponse(
                e.getId(),
                e.getVersion(),
                e.getOrganisationId(),
                e.getRecipient(),
                e.getCountry(),
                e.getProcessor() == null ? null : e.getProcessor().getId(),
                e.getMechanism(),
                e.getSccModule(),
                e.getDerogation(),
                e.isDpfChecked(),
                e.getDpfCheckedOn(),
                e.getDpfEvidenceUrl(),
                e.isTiaDone(),
                e.getTiaDate(),
                e.getTiaReference(),
                e.getSafeguardsDocumentation(),
                e.getNotes(),
                e.getChannels().stream().map(x -> x.getId()).sorted().toList(),
                e.getCreatedAt(),
                e.getUpdatedAt());
    }
}
