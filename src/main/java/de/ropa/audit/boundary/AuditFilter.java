package de.ropa.audit.boundary;

import de.ropa.platform.boundary.QueryDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which entries to show: of one object, by one user, within days (from and to inclusive, UTC). */
public record AuditFilter(String objectKind, String objectId, String actor, LocalDate from, LocalDate to) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);

    public static AuditFilter parse(String objectKind, String objectId, String actor, String from, String to) {
        return new AuditFilter(blankToNull(objectKind), blankToNull(objectId), blankToNull(actor), date("from", from), date("to", to));
    }

    List<String> conditions(Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (objectKind != null) {
            conditions.add("e.objectKind = :kind");
            parameters.put("kind", objectKind.toUpperCase(java.util.Locale.ROOT));
        }
        if (objectId != null) {
            conditions.add("e.objectId = :objectId");
            parameters.put("objectId", objectId);
        }
        if (actor != null) {
            conditions.add("e.actor = :actor");
            parameters.put("actor", actor);
        }
        if (from != null) {
            conditions.add("e.occurredAt >= :from");
            parameters.put("from", from.atStartOfDay());
        }
        if (to != null) {
            conditions.add("e.occurredAt < :to");
            parameters.put("to", to.plusDays(1).atStartOfDay());
        }
        return conditions;
    }

    Map<String, Object> newParameters() {
        return new LinkedHashMap<>();
    }

    private static LocalDate date(String field, String value) {
        return QueryDates.day(field, value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
