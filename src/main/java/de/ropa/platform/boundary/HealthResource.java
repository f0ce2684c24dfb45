package de.ropa.platform.boundary;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import de.ropa.platform.openapi.ApiRoles;
import de.ropa.platform.control.HealthService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Liveness and readiness of the register for load balancers and monitoring. */
@Path("health")
@Tag(name = "Platform")
public class HealthResource {

    @Inject
    HealthService health;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.NONE)
    @Operation(operationId = "getHealth", summary = "Health of the register",
            description = "Product version, whether the database is reachable, and the schema version of the"
                    + " database migrations applied.")
    @APIResponse(responseCode = "200", description = "The register and its database work",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HealthResponse.class)))
    @APIResponse(responseCode = "503", description = "The database is not reachable",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HealthResponse.class)))
    public Response get() {
        HealthService.Health result = health.check();
        return Response.status(result.databaseReachable() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(HealthResponse.from(result))
                .build();
    }
}
