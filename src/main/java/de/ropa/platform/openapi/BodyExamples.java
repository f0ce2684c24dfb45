package de.ropa.platform.openapi;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * An example for every JSON body, request and response: {@code src/main/openapi/examples/<Schema>.json}, taken from
 * the demo register as the API answered it (a list of a schema shows one element of its example; an error answer takes
 * {@code <Schema>-<status>.json} where there is one). Other text bodies take {@code <operationId>.<subtype>}. Binary
 * answers (PDF) have none; problem details get theirs from {@link ProblemExamples}.
 */
final class BodyExamples {

    /** Where the example files are: set by the build (pom.xml, generate-openapi). */
    static final String DIRECTORY_PROPERTY = "ropa.openapi.examples";
    private static final String SCHEMAS = "#/components/schemas/";

    private BodyExamples() {
    }

    static void addTo(OpenAPI openAPI) {
        Path directory = Path.of(System.getProperty(DIRECTORY_PROPERTY, "src/main/openapi/examples"));
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getRequestBody() != null) {
                add(directory, operation.getOperationId(), null, operation.getRequestBody().getContent());
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().forEach((code, response) ->
                        add(directory, operation.getOperationId(), code, response.getContent()));
            }
        }));
    }

    /** {@code status}: of a response (an error answer may have an example of its own, {@code <Schema>-<status>.json}). */
    private static void add(Path directory, String operationId, String status, Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().forEach((type, media) -> {
            Schema schema = media.getSchema();
            if (schema == null || "binary".equals(schema.getFormat()) || hasExample(media)) {
                return;
            }
            Object example = null;
            String name = null;
            String summary = "From the demo register";
            if (type.endsWith("json")) {
                boolean list = schema.getRef() == null && schema.getItems() != null && schema.getItems().getRef() != null;
                String ref = list ? schema.getItems().getRef() : schema.getRef();
                if (ref != null && ref.startsWith(SCHEMAS)) {
                    name = ref.substring(SCHEMAS.length());
                    Path own = directory.resolve(name + "-" + status + ".json");
                    boolean ownExample = status != null && Files.exists(own);
                    summary = ownExample ? "An answer with status " + status : summary;
                    Object one = json(ownExample ? own : directory.resolve(name + ".json"));
                    example = list && one != null ? List.of(one) : one;
                }
            } else {
                name = operationId;
                Path file = directory.resolve(operationId + "." + type.substring(type.indexOf('/') + 1));
                example = Files.exists(file) ? text(file) : null;
            }
            if (example != null) {
                media.addExample(name, OASFactory.createExample().summary(summary).value(example));
            }
        });
    }

    static boolean hasExample(MediaType media) {
        return media.getExample() != null || (media.getExamples() != null && !media.getExamples().isEmpty());
    }

    private static Object json(Path file) {
        if (!Files.exists(file)) {
            return null;
        }
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            return plain(reader.readValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON as maps, lists, strings, numbers and booleans, which the document writer knows. */
    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                ((JsonObject) value).forEach((k, v) -> map.put(k, plain(v)));
                yield map;
            }
            case ARRAY -> {
                List<Object> list = new ArrayList<>();
                ((JsonArray) value).forEach(v -> list.add(plain(v)));
                yield list;
            }
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).isIntegral() ? (Object) ((JsonNumber) value).longValue()
                    : ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }
}
