package de.ropa.exchange.boundary;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/** Reads a posted register document of any supported format version (see {@link DocumentVersions}). */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class RegisterDocumentReader implements MessageBodyReader<RegisterDocument> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == RegisterDocument.class;
    }

    @Override
    public RegisterDocument readFrom(Class<RegisterDocument> type, Type genericType, Annotation[] annotations,
                                     MediaType mediaType, MultivaluedMap<String, String> headers, InputStream body) {
        try {
            return DocumentVersions.read(body);
        } catch (JsonException | JsonbException e) {
            // not JSON, not an object, or a value of the wrong type: the problem details name what the parser said
            throw new BadRequestException(e);
        }
    }
}
