package de.ropa.spreadsheets.control;

import de.ropa.activities.entity.Art9Condition;
import de.ropa.activities.entity.LegalBasis;
import de.ropa.platform.entity.Answer;
import de.ropa.platform.i18n.EnumLabels;
import de.ropa.platform.i18n.Text;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A cell's text as the JSON value of the register document's property it fills, by the property's Java type; or the
 * reason it cannot be. Blank cells have no value.
 */
final class TypedValues {

    private TypedValues() {
    }

    /** The value, or the problem; both empty for a blank cell. */
    record Read(JsonValue value, Text problem) {

        static Read of(JsonValue value) {
            return new Read(value, null);
        }

        static Read problem(String key, Object... args) {
            return new Read(null, Text.of(key, args));
        }

        static final Read BLANK = new Read(null, null);
    }

    static Read read(Class<?> type, boolean list, String text) {
        if (text == null || text.isBlank()) {
            return Read.BLANK;
        }
        if (!list) {
            return one(type, text.strip());
        }
        JsonArrayBuilder values = Json.createArrayBuilder();
        // the product's own workbook writes one value per line; a value may itself hold a semicolon
        for (String each : CellValues.lines(text)) {
            Read read = one(type, each);
            if (read.problem() != null) {
                return read;
            }
            values.add(read.value());
        }
        return Read.of(values.build());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Read one(Class<?> type, String text) {
        if (type == String.class) {
            return Read.of(Json.createValue(text));
        }
        if (type == Boolean.class || type == boolean.class) {
            return CellValues.yesNo(text).map(yes -> Read.of(yes ? JsonValue.TRUE : JsonValue.FALSE))
                    .orElseGet(() -> Read.problem("sheet.yesNo", text));
        }
        if (type == Answer.class) {
            return CellValues.answer(text).map(a -> Read.of(Json.createValue(a.name())))
                    .orElseGet(() -> Read.problem("sheet.answer", text));
        }
        if (type == LocalDate.class) {
            return CellValues.date(text).map(d -> Read.of(Json.createValue(d.toString())))
                    .orElseGet(() -> Read.problem("sheet.date", text));
        }
        if (type == Integer.class || type == int.class) {
            try {
                return Read.of(Json.createValue(Integer.parseInt(text)));
            } catch (NumberFormatException e) {
                return Read.problem("sheet.number", text);
            }
        }
        if (type == LegalBasis.class) {
            return single(LegalBases.art6(text), text, "sheet.legalBasis", "sheet.legalBases");
        }
        if (type == Art9Condition.class) {
            Optional<Art9Condition> byLabel = CellValues.enumValue(Art9Condition.class, text);
            return byLabel.map(c -> Read.of(Json.createValue(c.name())))
                    .orElseGet(() -> single(LegalBases.art9(text), text, "sheet.art9", "sheet.art9"));
        }
        if (type.isEnum()) {
            Optional<Enum> value = CellValues.enumValue((Class<Enum>) type, text);
            return value.isPresent() ? Read.of(Json.createValue(value.get().name()))
                    : Read.problem("sheet.choice", text, allowed((Class<Enum>) type));
        }
        return Read.of(Json.createValue(text));
    }

    private static <E extends Enum<E>> Read single(List<E> found, String text, String noneKey, String severalKey) {
        if (found.size() == 1) {
            return Read.of(Json.createValue(found.get(0).name()));
        }
        return Read.problem(found.isEmpty() ? noneKey : severalKey, text);
    }

    /** The labels a cell may say, in German; English labels and the codes are read too. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String allowed(Class<Enum> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants())
                .map(e -> "„" + EnumLabels.label((Enum<?>) e, Locale.GERMAN) + "“").toList());
    }
}
