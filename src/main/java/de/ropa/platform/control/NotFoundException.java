package de.ropa.platform.control;

import de.ropa.platform.entity.ObjectKind;

/** The object does not exist, or belongs to an organisation the caller cannot see (never say which). */
public class NotFoundException extends RegisterException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String kind, Object id) {
        super("There is no " + kind + " with id " + id + ".");
    }

    public NotFoundException(ObjectKind kind, Object id) {
        this(kind.word(), id);
    }
}
