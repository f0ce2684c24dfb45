package de.ropa.platform.control;

import java.util.Optional;

/** The organisation a user last worked in (the security component keeps it; the screens ask through this interface). */
public interface Workplace {

    Optional<Long> last(String username);

    void remember(String username, long organisationId);
}
