package de.ropa.findings.control;

import de.ropa.activities.boundary.ActivityFacts;
import de.ropa.channels.boundary.ChannelFacts;
import de.ropa.organisations.boundary.OrganisationFacts;
import de.ropa.processors.boundary.ProcessorFacts;
import de.ropa.transfers.boundary.TransferFacts;
import java.util.List;

/** Everything the rules read of one or more registers, loaded in a fixed number of queries. */
public record RegisterFacts(List<OrganisationFacts> organisations, List<ActivityFacts> activities,
                            List<ChannelFacts> channels, List<ProcessorFacts> processors,
                            List<TransferFacts> transfers) {
}
