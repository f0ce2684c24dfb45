package de.ropa.processors.boundary;

import de.ropa.processors.entity.AgreementStatus;
import de.ropa.processors.entity.Processor;
import de.ropa.processors.entity.ProcessorRole;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A processor as the API shows it. */
@Schema(name = "Processor")
public record ProcessorResponse(
        long id,
        @Schema(description = "Version for If-Match; also sent as ETag") long version,
        long organisationId,
        String name,
        String street,
        String postalCode,
        String city,
        String country,
        String contact,
        ProcessorRole role,
        Long mainProcessorId,
        AgreementStatus agreementStatus,
        LocalDate signedOn,
        LocalDate validUntil,
        LocalDate reviewOn,
        @Schema(description = "Set by a review (POST /organisations/{orgId}/reviews)") LocalDate lastReviewedOn,
        String documentReference,
        String notes,
        List<Long> serviceIds,
        List<Long> channelIds,
        @Schema(description = "UTC") LocalDateTime createdAt,
        @Schema(description = "UTC") LocalDateTime updatedAt) implements java.io.Serializable {

    public static ProcessorResponse from(Processor e) {
        return new ProcessorResponse(
                e.getId(),
                e.getVersion(),
                e.getOrganisationId(),
                e.getName(),
                e.getStreet(),
                e.getPostalCode(),
                e.getCity(),
                e.getCountry(),
                e.getContact(),
                e.getRole(),
                e.getMainProcessor() == null ? null : e.getMainProcessor().getId(),
                e.getAgreementStatus(),
                e.getSignedOn(),
                e.getValidUntil(),
                e.getReviewOn(), e.getLastReviewedOn(),
                e.getDocumentReference(),
                e.getNotes(),
                e.getServices().stream().map(x -> x.getId()).sorted().toList(),
                e.getChannels().stream().map(x -> x.getId()).sorted().toList(),
                e.getCreatedAt(),
                e.getUpdatedAt());
    }
}
