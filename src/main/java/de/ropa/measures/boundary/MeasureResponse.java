package de.ropa.measures.boundary;

import de.ropa.catalogue.entity.Art32Letter;
import de.ropa.catalogue.entity.MeasureKind;
import de.ropa.catalogue.entity.SdmGoal;
import de.ropa.measures.entity.Measure;
import de.ropa.measures.entity.MeasureStatus;
import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A measure of the organisation as the API shows it. */
@Schema(name = "Measure")
public record MeasureResponse(
        long id,
        @Schema(description = "Version for If-Match; also sent as ETag") long version,
        long organisationId,
        Long catalogueMeasureId,
        String title,
        String description,
        MeasureKind kind,
        Art32Letter art32Letter,
        SdmGoal sdmGoal,
        boolean messengerSpecific,
        MeasureStatus status,
        String evidence,
        @Schema(description = "UTC") LocalDateTime createdAt,
        @Schema(description = "UTC") LocalDateTime updatedAt) implements java.io.Serializable {

    public static MeasureResponse from(Measure e) {
        return new MeasureResponse(
                e.getId(),
                e.getVersion(),
                e.getOrganisationId(),
                e.getCatalogueMeasure() == null ? null : e.getCatalogueMeasure().getId(),
                e.getTitle(),
                e.getDescription(),
                e.getKind(),
                e.getArt32Letter(),
                e.getSdmGoal(),
                e.isMessengerSpecific(),
                e.getStatus(),
                e.getEvidence(),
                e.getCreatedAt(),
                e.getUpdatedAt());
    }
}
