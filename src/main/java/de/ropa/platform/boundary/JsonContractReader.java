package de.ropa.platform.boundary;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * Holds every JSON request body to the {@link JsonContract} of the type it is read into, on both servers, before
 * JSON-B binds it, and hands the binding exactly the value that was checked, written anew as UTF-8: a body the checker
 * cannot read (not JSON, a byte-order mark, UTF-16) is refused here rather than left to a binder that might read it
 * differently, and of a key sent twice only the value that was checked is bound.
 */
@Provider
public class JsonContractReader implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!JsonBodyGuard.isJson(context.getMediaType()) || !JsonContract.coversBody(context.getType())) {
            return context.proceed();
        }
        String body = new String(context.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (body.isBlank()) {
            context.setInputStream(new ByteArrayInputStream(new byte[0]));
            return context.proceed();
        }
        JsonValue parsed;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            parsed = reader.readValue();
        } catch (JsonParsingException | IllegalStateException notJson) {
            throw new ProcessingException(notJson);
        }
        JsonContract.check(context.getGenericType(), parsed);
        context.setInputStream(new ByteArrayInputStream(parsed.toString().getBytes(StandardCharsets.UTF_8)));
        return context.proceed();
    }
}
