package de.ropa.platform.boundary;

import de.ropa.platform.control.InvalidFieldException;
import de.ropa.platform.control.InvalidFieldException.FieldProblem;
import de.ropa.platform.entity.Answer;
import de.ropa.platform.i18n.Text;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The request body against the Java type it binds to, checked before JSON-B binds it: a string where a number
 * belongs, a fraction or an out-of-range number for an id, a number for a text, an unknown enum value, an impossible
 * date, an unknown field or {@code null} for a yes/no that cannot be empty. The binders of the two servers coerce
 * some of these silently ({@code "7"} became 7, {@code 2.9} became 2) and report others in their own words (Java
 * type names, configuration advice); here every mismatch is named by its JSON path with what was expected, and all
 * of them in one answer. Bean Validation checks the values afterwards (required, lengths, sizes).
 */
public final class JsonContract {

    /** More mismatches than this in one body are not worth listing. */
    static final int MAX_PROBLEMS = 20;
    private static final int MAX_QUOTED = 40;
    private static final Map<Class<?>, Map<String, Field>> PROPERTIES = new ConcurrentHashMap<>();

    private final List<FieldProblem> problems = new ArrayList<>();

    private JsonContract() {
    }

    /**
     * Marks a body type whose own reader checks the contract, after it has rewritten an earlier format into the
     * current one (the register document).
     */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)
    public @interface CheckedByItsReader {
    }

    /** Whether bodies of this type are checked on the way in: the product's own request types, not strings or streams. */
    static boolean coversBody(Class<?> type) {
        return covers(type) && !type.isAnnotationPresent(CheckedByItsReader.class);
    }

    private static boolean covers(Class<?> type) {
        return type.getName().startsWith("de.ropa.") && !type.isEnum() && !type.isInterface();
    }

    /** Throws {@link InvalidFieldException} listing every mismatch of {@code body} against {@code type}. */
    public static void check(Type type, JsonValue body) {
        JsonContract contract = new JsonContract();
        contract.value("", type, body);
        if (!contract.problems.isEmpty()) {
            throw new InvalidFieldException(contract.problems);
        }
    }

    /**
     * A check that collects the mismatches of a body read in parts (a register document, entry by entry): each part is
     * checked where it stands in the body, and {@link #throwIfAny()} reports all of them at once.
     */
    public static JsonContract collecting() {
        return new JsonContract();
    }

    /** Checks {@code value} as the body's part at {@code path} ("channels[3]"), bound to {@code type}. */
    public void at(String path, Type type, JsonValue value) {
        value(path, type, value);
    }

    /** Checks one member of the body's top-level object, bound to {@code type}: an unknown key is a mismatch too. */
    public void member(Class<?> type, String key, JsonValue value) {
        member("", PROPERTIES.computeIfAbsent(type, JsonContract::properties), key, value);
    }

    /** Whether no part checked so far mismatched: binding what follows is worth it. */
    public boolean clean() {
        return problems.isEmpty();
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
    }

    private void value(String path, Type type, JsonValue value) {
        if (problems.size() >= MAX_PROBLEMS) {
            return;
        }
        Class<?> raw = rawClass(type);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                expected(path, raw == boolean.class ? Text.of("json.kind.boolean") : Text.of("json.kind.wholeNumber"), value);
            }
            return;
        }
        if (raw == String.class) {
            require(path, value instanceof JsonString, Text.of("json.kind.text"), value);
        } else if (raw == Boolean.class || raw == boolean.class) {
            require(path, value == JsonValue.TRUE || value == JsonValue.FALSE, Text.of("json.kind.boolean"), value);
        } else if (raw == Answer.class) {
            answer(path, value);
        } else if (raw.isEnum()) {
            enumValue(path, raw, value);
        } else if (raw == Long.class || raw == long.class) {
            wholeNumber(path, value, Long.MIN_VALUE, Long.MAX_VALUE);
        } else if (raw == Integer.class || raw == int.class) {
            wholeNumber(path, value, Integer.MIN_VALUE, Integer.MAX_VALUE);
        } else if (raw == BigDecimal.class || raw == Double.class || raw == double.class) {
            require(path, value instanceof JsonNumber, Text.of("json.kind.number"), value);
        } else if (raw == LocalDate.class) {
            temporal(path, value, "json.kind.date", LocalDate::parse);
        } else if (raw == LocalDateTime.class) {
            temporal(path, value, "json.kind.dateTime", LocalDateTime::parse);
        } else if (raw == OffsetDateTime.class) {
            temporal(path, value, "json.kind.dateTime", OffsetDateTime::parse);
        } else if (raw == Instant.class) {
            temporal(path, value, "json.kind.dateTime", Instant::parse);
        } else if (Collection.class.isAssignableFrom(raw)) {
            list(path, elementType(type), value);
        } else if (covers(raw)) {
            object(path, raw, value);
        }
        // anything else (a JsonValue field, a map) is left to the binding
    }

    private void object(String path, Class<?> type, JsonValue value) {
        if (!(value instanceof JsonObject object)) {
            expected(path, Text.of("json.kind.object"), value);
            return;
        }
        Map<String, Field> properties = PROPERTIES.computeIfAbsent(type, JsonContract::properties);
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            member(path, properties, member.getKey(), member.getValue());
        }
    }

    private void member(String path, Map<String, Field> properties, String key, JsonValue value) {
        if (problems.size() >= MAX_PROBLEMS) {
            return;
        }
        String memberPath = path.isEmpty() ? shortened(key) : path + "." + shortened(key);
        Field field = properties.get(key);
        if (field == null) {
            problem(memberPath, Text.of("json.unknownField"));
        } else {
            value(memberPath, field.getGenericType(), value);
        }
    }

    private void list(String path, Type elementType, JsonValue value) {
        if (!(value instanceof JsonArray array)) {
            expected(path, Text.of("json.kind.list"), value);
            return;
        }
        for (int i = 0; i < array.size() && problems.size() < MAX_PROBLEMS; i++) {
            value(path + "[" + i + "]", elementType, array.get(i));
        }
    }

    private void wholeNumber(String path, JsonValue value, long min, long max) {
        Text expectation = Text.of("json.kind.wholeNumber");
        if (!(value instanceof JsonNumber number)) {
            expected(path, expectation, value);
            return;
        }
        BigDecimal decimal = number.bigDecimalValue();
        BigInteger whole;
        try {
            whole = decimal.toBigIntegerExact();
        } catch (ArithmeticException fraction) {
            expected(path, expectation, value);
            return;
        }
        if (whole.compareTo(BigInteger.valueOf(min)) < 0 || whole.compareTo(BigInteger.valueOf(max)) > 0) {
            problem(path, Text.of("json.outOfRange", shortened(number.toString()), min, max));
        }
    }

    private void enumValue(String path, Class<?> type, JsonValue value) {
        List<String> allowed = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        if (!(value instanceof JsonString text)) {
            expected(path, Text.of("json.kind.oneOf", String.join(", ", allowed)), value);
        } else if (!allowed.contains(text.getString())) {
            problem(path, Text.of("json.unknownValue", shortened(text.getString()), String.join(", ", allowed)));
        }
    }

    /** YES, NO or UNKNOWN; true and false as well, which clients of the time before "unknown" still send. */
    private void answer(String path, JsonValue value) {
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return;
        }
        enumValue(path, Answer.class, value);
    }

    private void temporal(String path, JsonValue value, String kind, Function<String, ?> parse) {
        if (!(value instanceof JsonString text)) {
            expected(path, Text.of(kind), value);
            return;
        }
        try {
            parse.apply(text.getString());
        } catch (DateTimeParseException impossible) {
            problem(path, Text.of("json.invalidDate", shortened(text.getString()), Text.of(kind)));
        }
    }

    private void require(String path, boolean fits, Text expectation, JsonValue value) {
        if (!fits) {
            expected(path, expectation, value);
        }
    }

    private void expected(String path, Text expectation, JsonValue found) {
        problem(path, Text.of("json.expected", expectation, found(found)));
    }

    private void problem(String path, Text text) {
        problems.add(new FieldProblem(path.isEmpty() ? "body" : path, text));
    }

    /** What the client sent, as a person would name it: a text "7", the number 2.9, a list, null. */
    private static Text found(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> Text.of("json.found.text", shortened(((JsonString) value).getString()));
            case NUMBER -> Text.of("json.found.number", shortened(value.toString()));
            case TRUE, FALSE -> Text.of("json.found.boolean", value.toString());
            case ARRAY -> Text.of("json.found.list");
            case OBJECT -> Text.of("json.found.object");
            case NULL -> Text.of("json.found.null");
        };
    }

    private static String shortened(String text) {
        return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "…";
    }

    /** The JSON properties of a request type: its public instance fields, by their JSON names. */
    private static Map<String, Field> properties(Class<?> type) {
        Map<String, Field> properties = new LinkedHashMap<>();
        for (Field field : type.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) || field.isAnnotationPresent(JsonbTransient.class)) {
                continue;
            }
            JsonbProperty renamed = field.getAnnotation(JsonbProperty.class);
            properties.put(renamed == null || renamed.value().isEmpty() ? field.getName() : renamed.value(), field);
        }
        return properties;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return Object.class;
    }

    private static Type elementType(Type collection) {
        if (collection instanceof ParameterizedType parameterized) {
            return parameterized.getActualTypeArguments()[0];
        }
        return Object.class;
    }
}
