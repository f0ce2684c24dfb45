package de.ropa.platform.control;

import de.ropa.platform.entity.ObjectKind;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * A component that can name its objects by id, for pages that show links as people read them (a recorded change
 * "Kanäle: WhatsApp Business – Termine", not "channelIds[0]: 66"). Each component answers for its own kinds only.
 */
public interface ObjectNames {

    /**
     * The names of those of the ids that are objects of {@code kind} held by this component, in {@code language} where
     * an object has a name per language; empty for other kinds.
     */
    Map<Long, String> names(ObjectKind kind, Collection<Long> ids, Locale language);
}
