package de.ropa.exchange.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * GET /organisations/{orgId}/export: an organisation's whole register as one document. A root resource of its own
 * (the longer path wins over /organisations), so that the organisations component knows nothing of the exchange.
 */
@Path("organisations/{orgId}/export")
@Tag(name = "Export and import", description = "An organisation's whole register as one JSON document")
public class RegisterExportResource {

    @Inject
    ExchangeService exchange;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "exportRegister", summary = "Export the whole register",
            description = "Organisation, measures, channels, processors, transfers and activities. Links use keys and"
                    + " catalogue codes, so the document imports into any installation.")
    @APIResponse(responseCode = "200", description = "The register document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegisterDocument.class)))
    public Response export(@PathParam("orgId") long orgId) {
        return Response.ok(exchange.export(orgId))
                .header("Content-Disposition", "attachment; filename=\"register-" + orgId + ".json\"")
                .build();
    }
}
