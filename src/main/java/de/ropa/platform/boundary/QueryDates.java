package de.ropa.platform.boundary;

import de.ropa.platform.control.InvalidFieldException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A day given as a query parameter (2026-11-27); blank is none, anything else a 400 naming the parameter. */
public final class QueryDates {

    private QueryDates() {
    }

    public static LocalDate day(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(parameter, "field.date");
        }
    }
}
