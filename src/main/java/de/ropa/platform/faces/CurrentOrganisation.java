package de.ropa.platform.faces;

import java.time.ZoneId;

/**
 * The organisation whose register the screens show (the organisations component keeps it per session); the
 * screens' base beans ask this interface so that the platform knows no component.
 */
public interface CurrentOrganisation {

    /** The chosen organisation, else the first the user may see; null when there is none. */
    Long getCurrentId();

    /** The current organisation's id for a screen that needs one. */
    long require();

    /** The time zone the current organisation reads times in (Europe/Berlin when there is none yet). */
    ZoneId zone();
}
