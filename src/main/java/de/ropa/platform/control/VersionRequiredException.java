package de.ropa.platform.control;

import de.ropa.platform.i18n.Text;

/** An update or delete came without If-Match: refusing it prevents silent lost updates. */
public class VersionRequiredException extends RegisterException {

    private static final long serialVersionUID = 1L;

    public VersionRequiredException() {
        super(Text.of("problem.versionRequired"));
    }
}
