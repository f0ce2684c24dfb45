package de.ropa.platform.control;

/** The change would break the register's consistency, e.g. deleting an object others still refer to. */
public class ConflictException extends RegisterException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
