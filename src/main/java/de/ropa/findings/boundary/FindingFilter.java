package de.ropa.findings.boundary;

import de.ropa.findings.control.RuleCatalogue;
import de.ropa.findings.entity.FindingState;
import de.ropa.findings.entity.Severity;
import de.ropa.platform.control.InvalidFieldException.FieldProblem;
import de.ropa.platform.control.InvalidFieldException;
import de.ropa.platform.entity.ObjectKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which findings a list shows: severities and rules (each a comma-separated list), one kind of object or
 * one object, open or accepted. Empty means no restriction.
 */
public record FindingFilter(Set<Severity> severities, Set<String> rules, ObjectKind kind, Long objectId,
                            FindingState state) {

    public static final FindingFilter NONE = new FindingFilter(Set.of(), Set.of(), null, null, null);

    public static FindingFilter object(ObjectKind kind, long objectId) {
        return new FindingFilter(Set.of(), Set.of(), kind, objectId, null);
    }

    /** Reads the query parameters as sent; each wrong value is a field problem naming the parameter. */
    public static FindingFilter parse(String severity, String rule, String objectKind, String objectId, String state) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<Severity> severities = EnumSet.noneOf(Severity.class);
        for (String value : values(severity)) {
            Severity parsed = enumValue(Severity.class, "severity", value, problems);
            if (parsed != null) {
                severities.add(parsed);
            }
        }
        Set<String> rules = new LinkedHashSet<>();
        for (String value : values(rule)) {
            String id = value.toUpperCase(Locale.ROOT);
            if (RuleCatalogue.byId(id).isEmpty()) {
                problems.add(new FieldProblem("rule", "finding.unknownRule", value));
            }
            rules.add(id);
        }
        ObjectKind kind = blank(objectKind) ? null : enumValue(ObjectKind.class, "objectKind", objectKind.trim(), problems);
        Long id = null;
        if (!blank(objectId)) {
            try {
                id = Long.parseLong(objectId.trim());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("objectId", "field.numericId"));
            }
        }
        FindingState findingState = blank(state) ? null : enumValue(FindingState.class, "state", state.trim(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        return new FindingFilter(severities, rules, kind, id, findingState);
    }

    boolean matches(FindingView view) {
        return (severities.isEmpty() || severities.contains(view.finding().rule().severity()))
                && (rules.isEmpty() || rules.contains(view.finding().rule().id()))
                && (kind == null || kind == view.finding().rule().kind())
                && (objectId == null || objectId == view.finding().objectId())
                && (state == null || state == view.state());
    }

    private static List<String> values(String raw) {
        return blank(raw) ? List.of() : Arrays.stream(raw.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    private static boolean blank(String raw) {
        return raw == null || raw.isBlank();
    }

    private static <T extends Enum<T>> T enumValue(Class<T> type, String field, String value, List<FieldProblem> problems) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "field.oneOf", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
            return null;
        }
    }
}
