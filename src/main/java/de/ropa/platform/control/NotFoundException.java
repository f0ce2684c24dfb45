package de.ropa.platform.control;

import de.ropa.platform.entity.ObjectKind;
import de.ropa.platform.i18n.Text;

/** The object does not exist, or belongs to an organisation the caller cannot see (never say which). */
public class NotFoundException extends RegisterException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(ObjectKind kind, Object id) {
        super(Text.of("problem.notFound", kind, String.valueOf(id)));
    }

    /** Something that is not an object of the register (a rule, a version): a text of the problems bundle. */
    public NotFoundException(String key, Object... args) {
        super(Text.of(key, args));
    }
}
