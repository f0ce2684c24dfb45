package de.ropa.platform.control;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling and what they may see, as every component asks it. The security component implements it (its
 * {@code Visibility}); components depend on this interface so that security may use them without a cycle.
 */
public interface CallerScope {

    /** Whether the caller may see this organisation and what belongs to it. */
    boolean canSee(long organisationId);

    /** The organisations the caller may see; empty means all of them. */
    Optional<Set<Long>> visibleOrganisations();

    /** 403 unless the caller has one of these roles. */
    void requireRole(String... roles);

    /** The caller's user name as the trail records it ("system" for the product's own work). */
    String callerName();
}
