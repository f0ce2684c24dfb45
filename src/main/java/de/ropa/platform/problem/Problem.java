package de.ropa.platform.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem details document. {@code errors} names each rejected field; {@code correlationId}
 * ties an unexpected error to its stack trace in the server log.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors", "correlationId"})
public record Problem(
        @Schema(description = "URI identifying the kind of problem", example = "urn:ropa:problem:validation") URI type,
        @Schema(description = "Short summary of the kind of problem", example = "Invalid input") String title,
        @Schema(description = "HTTP status code", example = "400") int status,
        @Schema(description = "What went wrong in this request", example = "2 fields are invalid") String detail,
        @Schema(description = "The request path", format = "uri-reference", example = "/ropa/api/v1/organisations") URI instance,
        @Schema(description = "One entry per rejected field") List<FieldError> errors,
        @Schema(description = "Quote this when reporting an unexpected error") String correlationId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);
    static final URI BLANK = URI.create("about:blank");

    public static Problem of(Response.StatusType status, String detail, URI instance) {
        return new Problem(BLANK, status.getReasonPhrase(), status.getStatusCode(), detail, instance, null, null);
    }

    public static Problem of(URI type, String title, Response.StatusType status, String detail, URI instance) {
        return new Problem(type, title, status.getStatusCode(), detail, instance, null, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, List.copyOf(fieldErrors), correlationId);
    }

    public Problem withCorrelationId(String id) {
        return new Problem(type, title, status, detail, instance, errors, id);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }

    /**
     * One rejected field: its JSON path in the request, a message a person can act on (in the request's language),
     * and a stable code a program can act on.
     */
    @Schema(name = "FieldError")
    @JsonbPropertyOrder({"field", "message", "code"})
    public record FieldError(
            @Schema(description = "JSON path of the field", example = "name") String field,
            @Schema(description = "Why the value was rejected, in the request's language (lang, Accept-Language; German by default)",
                    example = "darf nicht leer sein") String message,
            @Schema(description = "Stable reason code: the violated constraint (e.g. NotBlank) or the product's message key"
                    + " (e.g. field.unknownIds)", example = "NotBlank") String code) {
    }
}
