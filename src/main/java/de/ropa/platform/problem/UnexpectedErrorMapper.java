package de.ropa.platform.problem;

import de.ropa.platform.i18n.Text;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything no other mapper knows: 500 with a correlation id. The stack trace goes to the log under that
 * id, never to the client.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable exception) {
        String correlationId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, correlation id " + correlationId, exception);
        return Problem.of(ProblemTypes.INTERNAL, "Internal server error", Response.Status.INTERNAL_SERVER_ERROR,
                        Text.of("problem.internal", correlationId).render(ProblemResponses.language(uriInfo, headers)),
                        ProblemResponses.instance(uriInfo))
                .withCorrelationId(correlationId)
                .toResponse();
    }
}
