package de.ropa.platform.control;

import java.util.Collection;
import java.util.Set;

/** Which organisations exist: the organisations component answers, so the platform needs no query on its entity. */
public interface OrganisationDirectory {

    /** Which of these ids name organisations (whether or not the caller may see them). */
    Set<Long> existing(Collection<Long> ids);
}
