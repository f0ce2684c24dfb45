package de.ropa.findings.control;

import de.ropa.processors.entity.AgreementStatus;
import java.time.LocalDate;

/**
 * What the rules read of a processor: the state of its processing agreement, and whether a channel or
 * activity that is not retired still uses it.
 */
public record ProcessorFacts(long id, long organisationId, String name, AgreementStatus agreementStatus,
                             LocalDate signedOn, boolean documentReferenced, LocalDate validUntil, LocalDate reviewOn,
                             boolean inUse) {
}
