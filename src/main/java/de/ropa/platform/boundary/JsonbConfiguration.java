package de.ropa.platform.boundary;

import de.ropa.platform.entity.Answer;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;

/**
 * JSON-B as the API needs it on both servers: unknown properties and a value of the wrong JSON type
 * are errors (400), never silently dropped or coerced.
 */
@Provider
public class JsonbConfiguration implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .setProperty("jsonb.fail-on-unknown-properties", true)
            .withDeserializers(new StrictStringDeserializer(), new StrictBooleanDeserializer(), new AnswerDeserializer()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** A response object as the API writes it (for JSON kept ready before the response is written). */
    public static String json(Object response) {
        return JSONB.toJson(response);
    }

    /** A yes/no field takes JSON true or false only, not "vielleicht" read as false. */
    static final class StrictBooleanDeserializer implements JsonbDeserializer<Boolean> {

        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
            JsonValue value = parser.getValue();
            if (value == JsonValue.TRUE) {
                return Boolean.TRUE;
            }
            if (value == JsonValue.FALSE) {
                return Boolean.FALSE;
            }
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            throw new JsonbException("Expected true or false but found " + value.getValueType());
        }
    }

    /**
     * A yes/no/unknown field takes "YES", "NO" or "UNKNOWN", and also true or false: the fields were booleans before
     * "unknown" became an answer, and clients and documents written then still read as they meant.
     */
    static final class AnswerDeserializer implements JsonbDeserializer<Answer> {

        @Override
        public Answer deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
            JsonValue value = parser.getValue();
            if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                return Answer.of(value == JsonValue.TRUE);
            }
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (value instanceof JsonString text) {
                try {
                    return Answer.valueOf(text.getString());
                } catch (IllegalArgumentException e) {
                    throw new JsonbException("Expected YES, NO or UNKNOWN but found " + text.getString(), e);
                }
            }
            throw new JsonbException("Expected YES, NO, UNKNOWN, true or false but found " + value.getValueType());
        }
    }

    /** A text field takes a JSON string only: not a number, an array or an object. */
    static final class StrictStringDeserializer implements JsonbDeserializer<String> {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
            JsonValue value = parser.getValue();
            if (value instanceof JsonString text) {
                return text.getString();
            }
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            throw new JsonbException("Expected a JSON string but found " + value.getValueType());
        }
    }
}
