package de.ropa.platform.problem;

import de.ropa.platform.control.ConflictException;
import de.ropa.platform.control.ForbiddenException;
import de.ropa.platform.control.InvalidFieldException;
import de.ropa.platform.control.NotFoundException;
import de.ropa.platform.control.RegisterException;
import de.ropa.platform.control.StaleVersionException;
import de.ropa.platform.control.VersionRequiredException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Locale;

/**
 * The register's business exceptions as problem details: the detail and each field's message in the request's language
 * ({@code lang}, Accept-Language, German by default); {@code type}, field paths and each field's {@code code} stay stable.
 */
@Provider
public class RegisterExceptionMapper implements ExceptionMapper<RegisterException> {

    /** HTTP 428, which {@link Response.Status} does not name. */
    static final Response.StatusType PRECONDITION_REQUIRED = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 428;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Precondition Required";
        }
    };

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(RegisterException exception) {
        URI instance = ProblemResponses.instance(uriInfo);
        Locale locale = ProblemResponses.language(uriInfo, headers);
        String detail = exception.text().render(locale);
        Problem problem;
        if (exception instanceof NotFoundException) {
            problem = Problem.of(Response.Status.NOT_FOUND, detail, instance);
        } else if (exception instanceof ForbiddenException) {
            problem = Problem.of(Response.Status.FORBIDDEN, detail, instance);
        } else if (exception instanceof ConflictException) {
            problem = Problem.of(ProblemTypes.CONFLICT, "Conflict", Response.Status.CONFLICT, detail, instance);
        } else if (exception instanceof StaleVersionException) {
            problem = Problem.of(ProblemTypes.STALE_VERSION, "Changed by someone else",
                    Response.Status.PRECONDITION_FAILED, detail, instance);
        } else if (exception instanceof VersionRequiredException) {
            problem = Problem.of(ProblemTypes.VERSION_REQUIRED, "If-Match required", PRECONDITION_REQUIRED,
                    detail, instance);
        } else if (exception instanceof InvalidFieldException invalid) {
            problem = Problem.of(ProblemTypes.VALIDATION, "Invalid input", Response.Status.BAD_REQUEST, detail, instance)
                    .withErrors(invalid.problems().stream()
                            .map(p -> new Problem.FieldError(p.field(), p.text().render(locale), p.text().key()))
                            .toList());
        } else {
            problem = Problem.of(Response.Status.BAD_REQUEST, detail, instance);
        }
        return problem.toResponse();
    }
}
