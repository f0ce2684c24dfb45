package de.ropa.platform.boundary;

import de.ropa.platform.control.InvalidFieldException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Turns hostile JSON away before it is bound: bodies over the size limit (413), bytes that are not UTF-8,
 * nesting deeper than a register document ever needs, and control characters in names or values (400,
 * naming the field). Text from the register ends up in screens, PDFs and exports; it must be text.
 * Syntax errors are left to the JSON binding, which reports them with their position.
 */
@Provider
public class JsonBodyGuard implements ContainerRequestFilter {

    static final int MAX_DEPTH = 32;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        MediaType type = request.getMediaType();
        if (!request.hasEntity() || !isJson(type)) {
            return;
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.trim().equalsIgnoreCase("UTF-8")) {
            throw new WebApplicationException("Only UTF-8 is accepted, not charset " + charset + ".",
                    Response.Status.UNSUPPORTED_MEDIA_TYPE);
        }
        SecurityContext caller = request.getSecurityContext();
        String path = "/" + RestApplication.BASE_PATH + "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        int limit = (int) BodyLimits.of(path, caller.getUserPrincipal() != null, caller::isUserInRole);
        byte[] body = read(request.getEntityStream(), request.getLength(), limit);
        check(utf8(body));
        request.setEntityStream(new ReadOnceBody(body));
    }

    /**
     * The body as one array of its own size: a register of 50,000 activities is some 85 MB, and reading it in
     * pieces and joining them would hold it twice. A body longer than it said, or than the limit, is refused.
     */
    private static byte[] read(InputStream entity, int declaredLength, int limit) throws IOException {
        if (declaredLength > limit) {
            throw tooLarge(limit);
        }
        byte[] body = declaredLength >= 0 ? entity.readNBytes(declaredLength) : entity.readNBytes(limit + 1);
        if (body.length > limit || declaredLength >= 0 && entity.read() >= 0) {
            throw tooLarge(limit);
        }
        return body;
    }

    /** The body decoded as it is read; bytes that are not UTF-8 stop the reading (body.utf8). */
    static Reader utf8(byte[] body) {
        return new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static WebApplicationException tooLarge(int limit) {
        return new WebApplicationException("The request body is larger than " + BodyLimits.describe(limit)
                + ", the limit for this operation.", Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }

    /** application/json or a +json type: the bodies these checks (and the JSON contract) are for. */
    static boolean isJson(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"));
    }

    /** Where the parser is: in an array at an index, or in an object at a key. */
    private static final class Frame {
        final boolean array;
        int index = -1;
        String key;

        Frame(boolean array) {
            this.array = array;
        }
    }

    /** Checks the body as it is decoded: never the whole body as one text beside its bytes. */
    static void check(Reader json) {
        Deque<Frame> frames = new ArrayDeque<>();
        boolean complete = false;
        try (JsonParser parser = Json.createParser(json)) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (complete) {
                    throw new InvalidFieldException("body", "body.trailing");
                }
                if (frames.isEmpty() && event != JsonParser.Event.START_OBJECT) {
                    throw new InvalidFieldException("body", "body.object");
                }
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        next(frames);
                        if (frames.size() >= MAX_DEPTH) {
                            throw new InvalidFieldException(where(frames), "body.depth", MAX_DEPTH);
                        }
                        frames.push(new Frame(event == JsonParser.Event.START_ARRAY));
                    }
                    case END_OBJECT, END_ARRAY -> {
                        frames.pop();
                        complete = frames.isEmpty();
                    }
                    case KEY_NAME -> {
                        frames.peek().key = parser.getString();
                        requireText(where(frames), parser.getString());
                    }
                    case VALUE_STRING -> {
                        next(frames);
                        requireText(where(frames), parser.getString());
                    }
                    default -> next(frames);
                }
            }
        } catch (JsonParsingException | java.util.NoSuchElementException e) {
            if (complete) {
                throw new InvalidFieldException("body", "body.trailing");
            }
            // not JSON: the binding answers with its own 400 and the position
        } catch (JsonException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new InvalidFieldException("body", "body.utf8");
            }
            throw e;
        }
    }

    /** A value in an array is its next element. */
    private static void next(Deque<Frame> frames) {
        if (!frames.isEmpty() && frames.peek().array) {
            frames.peek().index++;
        }
    }

    private static void requireText(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f || c == '\uFFFE' || c == '\uFFFF') {
                throw new InvalidFieldException(field.isEmpty() ? "body" : field, "body.controlCharacter",
                        String.format("%04X", (int) c));
            }
        }
    }

    private static String where(Deque<Frame> frames) {
        StringBuilder field = new StringBuilder();
        java.util.Iterator<Frame> outermostFirst = frames.descendingIterator();
        while (outermostFirst.hasNext()) {
            Frame frame = outermostFirst.next();
            if (frame.array) {
                field.append('[').append(Math.max(frame.index, 0)).append(']');
            } else if (frame.key != null) {
                field.append(field.length() == 0 ? "" : ".").append(frame.key);
            }
        }
        return field.toString();
    }
}
