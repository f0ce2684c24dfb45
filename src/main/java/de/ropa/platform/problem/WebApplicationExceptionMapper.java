package de.ropa.platform.problem;

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
            return MalformedBodyMapper.problem(uriInfo, exception);
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
        if (exception instanceof NotFoundException) {
            return "There is no resource at " + ProblemResponses.instance(uriInfo) + ".";
        }
        if (exception instanceof NotAllowedException) {
            return "This resource does not support the method used; see the Allow header.";
        }
        if (exception instanceof NotSupportedException) {
            return "The content type " + contentType() + " is not supported here; send application/json.";
        }
        if (exception instanceof NotAcceptableException) {
            return "This resource cannot answer in the media type asked for in the Accept header.";
        }
        return ProblemResponses.clientSafeMessage(exception);
    }

    private String contentType() {
        return headers == null || headers.getMediaType() == null ? "(none)" : headers.getMediaType().toString();
    }
}
