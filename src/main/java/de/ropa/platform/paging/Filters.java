package de.ropa.platform.paging;

import de.ropa.platform.control.InvalidFieldException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The filter part of a list query, built from query parameters: each filter adds a JPQL condition on
 * alias {@code e} and its parameter; a value that cannot be right (unknown enum value, not a number) is
 * a 400 naming the parameter.
 */
public final class Filters {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** A text contained, case-insensitively, in what {@code condition} compares with {@code :text}. */
    public Filters text(String text, String condition) {
        if (text != null && !text.isBlank()) {
            conditions.add("(" + condition + ")");
            parameters.put("text", Sorting.containsPattern(text.trim()));
        }
        return this;
    }

    public <T extends Enum<T>> Filters enumValue(String name, String raw, Class<T> type, String condition) {
        if (raw != null && !raw.isBlank()) {
            try {
                parameters.put(name, Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException(name, "field.oneOf", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            }
            conditions.add(condition);
        }
        return this;
    }

    public Filters id(String name, String raw, String condition) {
        if (raw != null && !raw.isBlank()) {
            try {
                parameters.put(name, Long.parseLong(raw.trim()));
            } catch (NumberFormatException e) {
                throw new InvalidFieldException(name, "field.numericId");
            }
            conditions.add(condition);
        }
        return this;
    }

    public Filters country(String name, String raw, String condition) {
        if (raw != null && !raw.isBlank()) {
            String code = raw.trim().toUpperCase(Locale.ROOT);
            if (!code.matches("[A-Z]{2}")) {
                throw new InvalidFieldException(name, "field.country");
            }
            parameters.put(name, code);
            conditions.add(condition);
        }
        return this;
    }

    public List<String> conditions() {
        return conditions;
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}
