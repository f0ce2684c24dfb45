package de.ropa.platform.boundary;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * Holds every JSON request body to the {@link JsonContract} of the type it is read into, on both servers, before
 * JSON-B binds it. A body that is not JSON at all is left to the binding, which answers 400 with the position.
 */
@Provider
public class JsonContractReader implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !JsonContract.coversBody(context.getType())
                || !(type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"))) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        JsonValue parsed = parse(new String(body, StandardCharsets.UTF_8));
        if (parsed != null) {
            JsonContract.check(context.getGenericType(), parsed);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static JsonValue parse(String body) {
        if (body.isBlank()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        } catch (JsonParsingException | IllegalStateException notJson) {
            return null;
        }
    }
}
