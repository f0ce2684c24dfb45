package de.ropa.exchange.boundary;

import de.ropa.platform.entity.Tracked;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys that link a register document's entries instead of database ids. Keys are positional per kind ("C1",
 * "C2" … in id order), so exporting an imported register gives the same keys again.
 */
final class DocumentKeys {

    private final Map<String, String> keys = new HashMap<>();

    <E extends Tracked> List<E> keyed(String prefix, Collection<E> entities) {
        List<E> ordered = new ArrayList<>(entities);
        ordered.sort(Comparator.comparing(Tracked::getId));
        for (int i = 0; i < ordered.size(); i++) {
            keys.put(keyOf(ordered.get(i)), prefix + (i + 1));
        }
        return ordered;
    }

    private static String keyOf(Tracked entity) {
        return entity.getClass().getSimpleName() + ":" + entity.getId();
    }

    String key(Tracked entity) {
        return entity == null ? null : keys.get(keyOf(entity));
    }

    List<String> keys(Collection<? extends Tracked> entities) {
        return entities.stream().sorted(Comparator.comparing(Tracked::getId)).map(this::key).toList();
    }
}
