package de.ropa.platform.control;

import de.ropa.platform.i18n.Text;

/** The caller's role does not allow this operation (403). */
public class ForbiddenException extends RegisterException {

    private static final long serialVersionUID = 1L;

    /** A text of the problems bundle with its arguments. */
    public ForbiddenException(String key, Object... args) {
        super(Text.of(key, args));
    }
}
