package de.ropa.audit.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two versions of an activity side by side: both snapshots flattened to fields ("purposes[0].legalBasis"),
 * each field with its value on the left and on the right and whether they differ.
 */
public final class SnapshotDiff {

    public record Field(String path, String left, String right, boolean changed) {
    }

    private SnapshotDiff() {
    }

    public static List<Field> compare(String leftJson, String rightJson) {
        Map<String, String> left = flatten(leftJson);
        Map<String, String> right = flatten(rightJson);
        Set<String> paths = new LinkedHashSet<>(left.keySet());
        paths.addAll(right.keySet());
        List<Field> fields = new ArrayList<>();
        for (String path : paths) {
            String l = left.get(path);
            String r = right.get(path);
            fields.add(new Field(path, l, r, !java.util.Objects.equals(l, r)));
        }
        return fields;
    }

    static Map<String, String> flatten(String json) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (json != null) {
            flatten("", Json.createReader(new StringReader(json)).readValue(), fields);
        }
        return fields;
    }

    private static void flatten(String path, JsonValue value, Map<String, String> fields) {
        switch (value.getValueType()) {
            case OBJECT -> {
                JsonObject object = value.asJsonObject();
                object.forEach((name, child) -> flatten(path.isEmpty() ? name : path + "." + name, child, fields));
            }
            case ARRAY -> {
                JsonArray array = value.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    flatten(path + "[" + i + "]", array.get(i), fields);
                }
            }
            case STRING -> fields.put(path, ((JsonString) value).getString());
            case NULL -> {
                // an empty field is no field: compared as missing
            }
            default -> fields.put(path, value.toString());
        }
    }
}
