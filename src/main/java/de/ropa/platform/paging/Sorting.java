package de.ropa.platform.paging;

import de.ropa.platform.control.InvalidFieldException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@code sort} parameter ("name", "-updatedAt", "status,name") into a JPQL ORDER BY over the
 * properties a list allows; anything else is refused, so no input reaches the query text.
 */
public final class Sorting {

    static final int MAX_SEARCH_LENGTH = 200;

    private Sorting() {
    }

    /**
     * @param sort        the client's sort parameter, may be null
     * @param allowed     API property name to JPQL path, e.g. "name" -> "o.name"
     * @param tieBreaker  JPQL path appended last so that paging is stable, e.g. "o.id"
     */
    public static String orderBy(String sort, Map<String, String> allowed, String tieBreaker) {
        List<String> terms = new ArrayList<>();
        if (sort != null && !sort.isBlank()) {
            for (String raw : sort.split(",")) {
                String term = raw.trim();
                boolean descending = term.startsWith("-");
                String property = descending ? term.substring(1) : term.startsWith("+") ? term.substring(1) : term;
                String path = allowed.get(property);
                if (path == null) {
                    throw new InvalidFieldException("sort", "field.sort.unknown", abbreviate(property),
                            allowed.keySet().stream().sorted().toList());
                }
                terms.add(path + (descending ? " DESC" : " ASC"));
            }
        }
        terms.add(tieBreaker + " ASC");
        return " ORDER BY " + String.join(", ", terms);
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** A LIKE pattern that matches {@code text} anywhere, case-insensitively, with wildcards escaped. */
    public static String containsPattern(String text) {
        if (text.length() > MAX_SEARCH_LENGTH) {
            throw new InvalidFieldException("q", "field.maxChars", MAX_SEARCH_LENGTH);
        }
        String escaped = text.toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
