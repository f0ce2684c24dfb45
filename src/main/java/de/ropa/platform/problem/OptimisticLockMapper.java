package de.ropa.platform.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Two writers raced and the database noticed: the loser gets 412, as if its If-Match had been stale. */
@Provider
public class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(OptimisticLockException exception) {
        return Problem.of(ProblemTypes.STALE_VERSION, "Changed by someone else", Response.Status.PRECONDITION_FAILED,
                        "The object was changed by someone else while your change was being saved."
                                + " Reload it and apply your change again.",
                        ProblemResponses.instance(uriInfo))
                .toResponse();
    }
}
