package de.ropa.processors.boundary;

import de.ropa.platform.control.AuditSnapshot;
import de.ropa.processors.entity.AgreementStatus;
import de.ropa.processors.entity.Processor;
import de.ropa.processors.entity.ProcessorRole;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A processor as the audit trail records it (see {@link AuditSnapshot}); version 1 is the API's shape of 2026. */
public record ProcessorAuditSnapshot(long id, long version, long organisationId, String name, String street, String postalCode,
                                String city, String country, String contact, ProcessorRole role, Long mainProcessorId,
                                AgreementStatus agreementStatus, LocalDate signedOn, LocalDate validUntil, LocalDate reviewOn,
                                LocalDate lastReviewedOn, String documentReference, String notes, List<Long> serviceIds,
                                List<Long> channelIds, LocalDateTime createdAt, LocalDateTime updatedAt) implements AuditSnapshot {

    public static final int VERSION = 1;

    static ProcessorAuditSnapshot of(Processor p) {
        return new ProcessorAuditSnapshot(p.getId(), p.getVersion(), p.getOrganisationId(), p.getName(), p.getStreet(),
                p.getPostalCode(), p.getCity(), p.getCountry(), p.getContact(), p.getRole(),
                p.getMainProcessor() == null ? null : p.getMainProcessor().getId(), p.getAgreementStatus(), p.getSignedOn(),
                p.getValidUntil(), p.getReviewOn(), p.getLastReviewedOn(), p.getDocumentReference(), p.getNotes(),
                p.getServices().stream().map(s -> s.getId()).sorted().toList(),
                p.getChannels().stream().map(c -> c.getId()).sorted().toList(), p.getCreatedAt(), p.getUpdatedAt());
    }

    @Override
    public int schemaVersion() {
        return VERSION;
    }
}
