package de.ropa.platform.control;

/** An update or delete came without If-Match: refusing it prevents silent lost updates. */
public class VersionRequiredException extends RegisterException {

    private static final long serialVersionUID = 1L;

    public VersionRequiredException() {
        super("This change needs an If-Match header with the ETag of the version you read"
                + " (GET the object first), so that no one else's change is overwritten.");
    }
}
