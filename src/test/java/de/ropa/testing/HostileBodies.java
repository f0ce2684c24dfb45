package de.ropa.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Hostile variants of a request body, derived from its schema in the OpenAPI document and its documented example: for
 * every field (nested objects and the first element of lists included) a value of each wrong JSON type, a number as
 * text, a fraction and an out-of-range number for whole numbers, a text one character over its maxLength, a control
 * character, a text against its pattern, an unknown enum value, an impossible date, {@code null} where the field is
 * required, a list one over its maxItems and an unknown field in every object. A field added to a request type is covered without touching a test.
 */
public final class HostileBodies {

    /** One variant: the field it breaks (its JSON path as the API names it), what was done, and the whole body. */
    public record Variant(String field, String what, String body) {
    }

    private static final String SCHEMAS = "#/components/schemas/";
    /** Lists allowed more elements than this are not sent over-full (100,000 register entries make no test). */
    private static final int MAX_OVERFULL_LIST = 1_000;

    private final JsonObject schemas;
    private final List<Variant> variants = new ArrayList<>();

    private HostileBodies(JsonObject document) {
        this.schemas = document.getJsonObject("components").getJsonObject("schemas");
    }

    /** The variants of {@code example}, a valid body of the schema named by {@code ref}. */
    public static List<Variant> of(JsonObject document, String ref, JsonValue example) {
        HostileBodies bodies = new HostileBodies(document);
        bodies.object("", bodies.resolve(Json.createObjectBuilder().add("$ref", ref).build()), example, example);
        bodies.variants.add(new Variant("deep", "nested 5,000 levels", example.toString().replaceFirst("\\{",
                "{\"deep\":" + "[".repeat(5000) + "]".repeat(5000) + ",")));
        return bodies.variants;
    }

    private void object(String path, JsonObject schema, JsonValue value, JsonValue root) {
        JsonObject properties = schema.getJsonObject("properties");
        if (properties == null) {
            return;
        }
        Set<String> required = schema.containsKey("required")
                ? Set.copyOf(schema.getJsonArray("required").getValuesAs(JsonString::getString)) : Set.of();
        List<Object> at = segments(path);
        add(join(path, "unknownField"), "an unknown field", with(root, append(at, "unknownField"), Json.createValue("x")));
        properties.forEach((name, property) -> {
            String field = join(path, name);
            JsonObject resolved = resolve(property.asJsonObject());
            JsonValue current = value instanceof JsonObject o ? o.get(name) : null;
            if (required.contains(name)) {
                add(field, "null for a required field", with(root, append(at, name), JsonValue.NULL));
            }
            field(field, append(at, name), resolved, current, root);
        });
    }

    private void field(String field, List<Object> at, JsonObject schema, JsonValue current, JsonValue root) {
        Set<String> types = types(schema);
        if (schema.containsKey("enum")) {
            add(field, "an unknown enum value", with(root, at, Json.createValue("NO_SUCH_VALUE")));
            add(field, "a number for an enum", with(root, at, Json.createValue(5)));
            add(field, "an object for an enum", with(root, at, JsonValue.EMPTY_JSON_OBJECT));
            return;
        }
        if (types.contains("string")) {
            wrongTypes(field, at, root, types, Json.createValue(12345), JsonValue.TRUE, JsonValue.EMPTY_JSON_ARRAY,
                    JsonValue.EMPTY_JSON_OBJECT);
            add(field, "a control character", with(root, at, Json.createValue("a\u0007b")));
            if (schema.containsKey("maxLength")) {
                add(field, "one character over maxLength", with(root, at,
                        Json.createValue("x".repeat(schema.getInt("maxLength") + 1))));
            }
            if ("date".equals(schema.getString("format", ""))) {
                add(field, "an impossible date", with(root, at, Json.createValue("2026-02-30")));
                add(field, "a German date", with(root, at, Json.createValue("30.11.2026")));
            }
            if (schema.containsKey("pattern")) {
                java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(schema.getString("pattern"));
                List.of("   ", "gestern!", "", "ÄÖÜ ß").stream().filter(text -> !pattern.matcher(text).find()).findFirst()
                        .ifPresent(text -> add(field, "a text against its pattern: \"" + text + "\"",
                                with(root, at, Json.createValue(text))));
            }
        } else if (types.contains("integer")) {
            wrongTypes(field, at, root, types, Json.createValue("7"), Json.createValue(2.9), Json.createValue(1e30),
                    JsonValue.TRUE, JsonValue.EMPTY_JSON_ARRAY);
            if (schema.containsKey("maximum")) {
                add(field, "over its maximum", with(root, at,
                        Json.createValue(schema.getJsonNumber("maximum").bigIntegerValue().add(java.math.BigInteger.ONE))));
            }
        } else if (types.contains("boolean")) {
            wrongTypes(field, at, root, types, Json.createValue("ja"), Json.createValue(2), JsonValue.EMPTY_JSON_ARRAY);
        } else if (types.contains("array")) {
            list(field, at, schema, current, root);
        } else if (schema.containsKey("properties")) {
            wrongTypes(field, at, root, types, Json.createValue("kein Objekt"), JsonValue.EMPTY_JSON_ARRAY);
            object(field, schema, current == null ? JsonValue.EMPTY_JSON_OBJECT : current,
                    current == null ? with(root, at, JsonValue.EMPTY_JSON_OBJECT) : root);
        }
    }

    private void list(String field, List<Object> at, JsonObject schema, JsonValue current, JsonValue root) {
        wrongTypes(field, at, root, Set.of("array"), Json.createValue("keine Liste"), Json.createValue(1),
                JsonValue.EMPTY_JSON_OBJECT);
        JsonObject items = resolve(schema.getJsonObject("items"));
        JsonValue first = current instanceof JsonArray array && !array.isEmpty() ? array.get(0) : sample(items);
        if (first == null) {
            return;
        }
        JsonValue base = with(root, at, Json.createArrayBuilder().add(first).build());
        // a set (uniqueItems) cannot be over-full with copies: the server keeps one of each
        if (schema.containsKey("maxItems") && schema.getInt("maxItems") < MAX_OVERFULL_LIST
                && !schema.getBoolean("uniqueItems", false)) {
            JsonArrayBuilder overfull = Json.createArrayBuilder();
            for (int i = 0; i <= schema.getInt("maxItems"); i++) {
                overfull.add(first);
            }
            add(field, "one element over maxItems", with(root, at, overfull.build()));
        }
        String element = field + "[0]";
        List<Object> elementAt = append(at, 0);
        if (items.containsKey("properties")) {
            wrongTypes(element, elementAt, base, Set.of("object"), Json.createValue("kein Objekt"), Json.createValue(1));
            object(element, items, first, base);
        } else {
            field(element, elementAt, items, first, base);
        }
    }

    /**
     * A plausible element for a list whose example is empty: the first enum value, a number, a text, or an object with
     * its required fields so filled in (its other fields are then broken one by one like any other).
     */
    private JsonValue sample(JsonObject items) {
        if (items.containsKey("enum")) {
            return items.getJsonArray("enum").get(0);
        }
        Set<String> types = types(items);
        if (types.contains("integer")) {
            return Json.createValue(1);
        }
        if (types.contains("string")) {
            return Json.createValue("x");
        }
        if (types.contains("boolean")) {
            return JsonValue.FALSE;
        }
        if (items.containsKey("properties")) {
            jakarta.json.JsonObjectBuilder object = Json.createObjectBuilder();
            Set<String> required = items.containsKey("required")
                    ? Set.copyOf(items.getJsonArray("required").getValuesAs(JsonString::getString)) : Set.of();
            items.getJsonObject("properties").forEach((name, property) -> {
                JsonValue value = required.contains(name) ? sample(resolve(property.asJsonObject())) : null;
                if (value != null) {
                    object.add(name, value);
                }
            });
            return object.build();
        }
        return null;
    }

    private void wrongTypes(String field, List<Object> at, JsonValue root, Set<String> allowed, JsonValue... wrong) {
        for (JsonValue value : wrong) {
            if (!allowed.contains(typeOf(value))) {
                add(field, "the wrong type: " + value, with(root, at, value));
            }
        }
    }

    private void add(String field, String what, JsonValue body) {
        variants.add(new Variant(field, what, body.toString()));
    }

    private JsonObject resolve(JsonObject schema) {
        JsonObject current = schema;
        while (current.containsKey("$ref")) {
            String ref = current.getString("$ref");
            JsonObject target = schemas.getJsonObject(ref.substring(SCHEMAS.length()));
            current = target;
        }
        return current;
    }

    private static Set<String> types(JsonObject schema) {
        JsonValue type = schema.get("type");
        if (type instanceof JsonString one) {
            return Set.of(one.getString());
        }
        if (type instanceof JsonArray many) {
            return Set.copyOf(many.getValuesAs(JsonString::getString));
        }
        return schema.containsKey("properties") ? Set.of("object") : Set.of();
    }

    private static String typeOf(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> "string";
            case NUMBER -> ((JsonNumber) value).isIntegral() ? "integer" : "number";
            case TRUE, FALSE -> "boolean";
            case ARRAY -> "array";
            case OBJECT -> "object";
            case NULL -> "null";
        };
    }

    /** {@code root} with the value at {@code path} (keys and list indexes) replaced or added. */
    static JsonValue with(JsonValue root, List<Object> path, JsonValue value) {
        if (path.isEmpty()) {
            return value;
        }
        Object head = path.get(0);
        List<Object> rest = path.subList(1, path.size());
        if (head instanceof String key) {
            JsonObject object = root instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
            JsonValue child = object.containsKey(key) ? object.get(key) : JsonValue.EMPTY_JSON_OBJECT;
            return Json.createObjectBuilder(object).add(key, with(child, rest, value)).build();
        }
        int index = (Integer) head;
        JsonArray array = root instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY;
        JsonArrayBuilder builder = Json.createArrayBuilder();
        for (int i = 0; i < Math.max(array.size(), index + 1); i++) {
            JsonValue element = i < array.size() ? array.get(i) : JsonValue.EMPTY_JSON_OBJECT;
            builder.add(i == index ? with(element, rest, value) : element);
        }
        return builder.build();
    }

    /** "purposes[0].legalBasis" as keys and indexes. */
    private static List<Object> segments(String path) {
        List<Object> segments = new ArrayList<>();
        if (path.isEmpty()) {
            return segments;
        }
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            segments.add(bracket < 0 ? part : part.substring(0, bracket));
            while (bracket >= 0) {
                int end = part.indexOf(']', bracket);
                segments.add(Integer.parseInt(part.substring(bracket + 1, end)));
                bracket = part.indexOf('[', end);
            }
        }
        return segments;
    }

    private static List<Object> append(List<Object> path, Object segment) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(segment);
        return longer;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
