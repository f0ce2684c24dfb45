package de.ropa.findings.control;

import java.util.List;

/** Everything the rules read of one or more registers, loaded in a fixed number of queries. */
public record RegisterFacts(List<OrganisationFacts> organisations, List<ActivityFacts> activities,
                            List<ChannelFacts> channels, List<ProcessorFacts> processors,
                            List<TransferFacts> transfers) {
}
