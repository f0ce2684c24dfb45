package de.ropa.findings.control;

import de.ropa.transfers.entity.Derogation;
import de.ropa.transfers.entity.TransferMechanism;
import java.time.LocalDate;

/** What the rules read of a third-country transfer, with the number of channels in use that send data through it. */
public record TransferFacts(long id, long organisationId, String recipient, String country,
                            TransferMechanism mechanism, Derogation derogation, boolean dpfChecked,
                            LocalDate dpfCheckedOn, boolean tiaDone, boolean safeguardsDocumented,
                            int channelsInUse) {
}
