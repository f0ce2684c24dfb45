package de.ropa.platform.problem;

import de.ropa.platform.i18n.Text;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A request body that is not JSON, or JSON that does not fit the expected structure (wrong type, unknown
 * enum value), as 400. The runtimes report it differently (RESTEasy and Jersey wrap the JSON-B error in
 * different exceptions), so both shapes end here.
 */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<ProcessingException> {

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    private static final int MAX_REASON_LENGTH = 300;
    private static final Pattern QUALIFIED_CLASS = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)");

    @Override
    public Response toResponse(ProcessingException exception) {
        return problem(uriInfo, headers, exception);
    }

    /** The detail in the request's language; the parser's own reason is quoted as it said it. */
    static Response problem(UriInfo uriInfo, HttpHeaders headers, Throwable exception) {
        Locale locale = ProblemResponses.language(uriInfo, headers);
        String detail = reason(exception).map(r -> Text.of("problem.malformedBody.reason", r))
                .orElse(Text.of("problem.malformedBody")).render(locale);
        return Problem.of(ProblemTypes.MALFORMED_BODY, "Malformed request body", Response.Status.BAD_REQUEST, detail,
                        ProblemResponses.instance(uriInfo))
                .toResponse();
    }

    /**
     * What the JSON parser or binder said, e.g. which property had the wrong type, without Java class
     * names and cut short: useful to the client, nothing about our internals.
     */
    static Optional<String> reason(Throwable exception) {
        String reason = null;
        for (Throwable cause = exception; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if ((cause instanceof JsonbException || cause instanceof JsonParsingException) && cause.getMessage() != null) {
                reason = cause.getMessage();
            }
        }
        if (reason == null) {
            return Optional.empty();
        }
        String cleaned = QUALIFIED_CLASS.matcher(reason.lines().findFirst().orElse("")).replaceAll("$1").strip();
        return Optional.of(cleaned.length() > MAX_REASON_LENGTH ? cleaned.substring(0, MAX_REASON_LENGTH) + "…" : cleaned);
    }

    static boolean isMalformedBody(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonParsingException
                    || cause instanceof ProcessingException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
