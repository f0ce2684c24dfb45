package de.ropa.platform.control;

import de.ropa.platform.i18n.Text;

/** The change would break the register's consistency, e.g. deleting an object others still refer to. */
public class ConflictException extends RegisterException {

    private static final long serialVersionUID = 1L;

    /** A text of the problems bundle with its arguments. */
    public ConflictException(String key, Object... args) {
        super(Text.of(key, args));
    }
}
