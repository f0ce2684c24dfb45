package de.ropa.platform.control;

/** The caller's role does not allow this operation (403). */
public class ForbiddenException extends RegisterException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message) {
        super(message);
    }
}
