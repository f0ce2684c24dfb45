package de.ropa.platform.control;

import de.ropa.platform.entity.ObjectKind;
import de.ropa.platform.i18n.Text;

/** Someone else changed the object since the caller read it: the caller's change is refused, not merged. */
public class StaleVersionException extends RegisterException {

    private static final long serialVersionUID = 1L;

    public StaleVersionException(ObjectKind kind, Object id, long expectedVersion, long currentVersion) {
        super(Text.of("problem.staleVersion", kind, String.valueOf(id), String.valueOf(expectedVersion),
                String.valueOf(currentVersion)));
    }
}
