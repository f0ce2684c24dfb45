package de.ropa.reports.control;

import de.ropa.activities.entity.ApprovalState;
import de.ropa.activities.boundary.ActivitySnapshot;
import de.ropa.measures.entity.Measure;
import de.ropa.organisations.entity.Organisation;
import de.ropa.processors.entity.Processor;
import de.ropa.transfers.entity.Transfer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * What a record of processing activities prints: the organisation, the activities of the record (with their
 * collections loaded), and the organisation's measures, processors and transfers for the annexes.
 * {@code lastChange} is the newest change to any of it: the state of the register the report shows; {@code trail}
 * names the newest audit trail entry it reflects (number and hash).
 */
public record RegisterContent(Organisation organisation, List<ActivitySnapshot> activities, List<Measure> measures,
                              List<Processor> processors, List<Transfer> transfers, LocalDateTime lastChange,
                              LocalDate asOf, String trail, Map<Long, Approval> approvals) {

    /**
     * An activity's approval as the record prints it: its state now (or APPROVED in an approved register), and the
     * version in force with who approved it when (none: never approved).
     */
    public record Approval(ApprovalState state, Integer version, String approvedBy, LocalDateTime approvedAt) {
    }

    /** The approved register as it stood at the end of {@code asOf}: activities only, as approved. */
    public boolean approvedOnly() {
        return asOf != null;
    }
}
