package de.ropa.platform.control;

import java.util.List;

/** The change would break the register's consistency, e.g. deleting an object others still refer to. */
public class ConflictException extends RegisterException {

    private static final long serialVersionUID = 1L;
    private final List<String> references;

    public ConflictException(String message, List<String> references) {
        super(message);
        this.references = List.copyOf(references);
    }

    public List<String> references() {
        return references;
    }
}
