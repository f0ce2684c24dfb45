package de.ropa.reports.control;

import de.ropa.activities.entity.ProcessingActivity;
import de.ropa.measures.entity.Measure;
import de.ropa.organisations.entity.Organisation;
import de.ropa.processors.entity.Processor;
import de.ropa.transfers.entity.Transfer;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What a record of processing activities prints: the organisation, the activities of the record (with their
 * collections loaded), and the organisation's measures, processors and transfers for the annexes.
 * {@code lastChange} is the newest change to any of it: the state of the register the report shows.
 */
public record RegisterContent(Organisation organisation, List<ProcessingActivity> activities, List<Measure> measures,
                              List<Processor> processors, List<Transfer> transfers, LocalDateTime lastChange) {
}
