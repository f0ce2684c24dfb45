package de.ropa.platform.paging;

import de.ropa.platform.control.InvalidFieldException.FieldProblem;
import de.ropa.platform.control.InvalidFieldException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which page of a list, 0-based, and how many items per page; {@code offset} is where it starts, which
 * screens may set freely (an export reads on from wherever the last chunk ended).
 */
public record PageRequest(int page, int size, int offset) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_PAGE = 1_000_000;

    public PageRequest(int page, int size) {
        this(page, size, page * size);
    }

    /** Rows from {@code offset} on, however it aligns with pages. */
    public static PageRequest fromOffset(int offset, int size) {
        return new PageRequest(offset / size, size, offset);
    }

    /**
     * Reads the {@code page} and {@code size} query parameters as the client sent them, so that
     * "abc", -1 or 10^12 get a 400 naming the parameter (JAX-RS would answer a bare 404).
     */
    public static PageRequest parse(String page, String size) {
        List<FieldProblem> problems = new ArrayList<>();
        int pageNumber = number("page", page, 0, 0, MAX_PAGE, problems);
        int pageSize = number("size", size, DEFAULT_SIZE, 1, MAX_SIZE, problems);
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        return new PageRequest(pageNumber, pageSize);
    }

    private static int number(String name, String raw, int fallback, int min, int max, List<FieldProblem> problems) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(raw.trim());
            if (value >= min && value <= max) {
                return (int) value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.add(new FieldProblem(name, "field.range", min, max));
        return fallback;
    }
}
