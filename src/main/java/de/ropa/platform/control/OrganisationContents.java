package de.ropa.platform.control;

import java.time.LocalDateTime;
import java.util.Optional;

/** One component's share of an organisation's register, as the dashboard and the reports ask for it. */
public interface OrganisationContents {

    /** How many objects of this component the organisation holds. */
    long count(long orgId);

    /** When one of them last changed; empty when there are none. */
    Optional<LocalDateTime> lastChange(long orgId);
}
