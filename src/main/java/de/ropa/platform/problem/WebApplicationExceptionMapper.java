package de.ropa.platform.problem;

import de.ropa.platform.i18n.Text;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/**
 * HTTP errors raised by the JAX-RS runtime or by our resources (unknown path, wrong method, wrong media
 * type …) as problem details, keeping the headers the status needs ({@code Allow}, {@code WWW-Authenticate}).
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final List<String> KEPT_HEADERS = List.of(
            HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER, HttpHeaders.ETAG);

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException exception) {
        if (exception.getResponse().getStatus() == 400 && MalformedBodyMapper.isMalformedBody(exception.getCause())) {
            return MalformedBodyMapper.problem(uriInfo, headers, exception);
        }
        Response original = exception.getResponse();
        Response.StatusType status = original.getStatusInfo();
        Problem problem = Problem.of(status, detail(exception), ProblemResponses.instance(uriInfo));
        Response.ResponseBuilder response = Response.status(status.getStatusCode())
                .type(Problem.MEDIA)
                .entity(problem);
        KEPT_HEADERS.forEach(name -> {
            Object value = original.getHeaders().getFirst(name);
            if (value != null) {
                response.header(name, value);
            }
        });
        return response.build();
    }

    private String detail(WebApplicationException exception) {
        Locale locale = ProblemResponses.language(uriInfo, headers);
        if (exception instanceof NotFoundException) {
            return Text.of("problem.noResource", String.valueOf(ProblemResponses.instance(uriInfo))).render(locale);
        }
        if (exception instanceof NotAllowedException) {
            return Text.of("problem.methodNotAllowed").render(locale);
        }
        if (exception instanceof NotSupportedException) {
            return Text.of("problem.unsupportedMediaType", contentType()).render(locale);
        }
        if (exception instanceof NotAcceptableException) {
            return Text.of("problem.notAcceptable").render(locale);
        }
        return ProblemResponses.clientSafeMessage(exception);
    }

    private String contentType() {
        return headers == null || headers.getMediaType() == null ? "(none)" : headers.getMediaType().toString();
    }
}
