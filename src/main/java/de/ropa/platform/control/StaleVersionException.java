package de.ropa.platform.control;

import de.ropa.platform.entity.ObjectKind;

/** Someone else changed the object since the caller read it: the caller's change is refused, not merged. */
public class StaleVersionException extends RegisterException {

    private static final long serialVersionUID = 1L;

    public StaleVersionException(ObjectKind kind, Object id, long expectedVersion, long currentVersion) {
        super("The " + kind.word() + " " + id + " was changed by someone else (you sent version " + expectedVersion
                + ", it is now at version " + currentVersion + "). Reload it and apply your change again.");
    }
}
