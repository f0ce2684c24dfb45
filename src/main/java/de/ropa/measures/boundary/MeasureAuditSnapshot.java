package de.ropa.measures.boundary;

import de.ropa.catalogue.entity.Art32Letter;
import de.ropa.catalogue.entity.MeasureKind;
import de.ropa.catalogue.entity.SdmGoal;
import de.ropa.measures.entity.Measure;
import de.ropa.measures.entity.MeasureStatus;
import de.ropa.platform.control.AuditSnapshot;
import java.time.LocalDateTime;

/**
 * A measure as the audit trail records it (see {@link AuditSnapshot}); version 1 is the API's shape of 2026. The kind was
 * added later (entries written before lack it: they were all filed as security measures).
 */
public record MeasureAuditSnapshot(long id, long version, long organisationId, Long catalogueMeasureId, String title,
                              String description, Art32Letter art32Letter, SdmGoal sdmGoal, boolean messengerSpecific,
                              MeasureStatus status, String evidence, LocalDateTime createdAt, LocalDateTime updatedAt,
                              MeasureKind kind)
        implements AuditSnapshot {

    public static final int VERSION = 1;

    static MeasureAuditSnapshot of(Measure m) {
        return new MeasureAuditSnapshot(m.getId(), m.getVersion(), m.getOrganisationId(),
                m.getCatalogueMeasure() == null ? null : m.getCatalogueMeasure().getId(), m.getTitle(), m.getDescription(),
                m.getArt32Letter(), m.getSdmGoal(), m.isMessengerSpecific(), m.getStatus(), m.getEvidence(), m.getCreatedAt(),
                m.getUpdatedAt(), m.getKind());
    }

    @Override
    public int schemaVersion() {
        return VERSION;
    }
}
