package de.ropa.findings.boundary;

import de.ropa.platform.entity.ObjectKind;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The findings of one transfer. */
@Path("organisations/{orgId}/transfers/{transferId}/findings")
@Tag(name = "Findings")
@Produces(MediaType.APPLICATION_JSON)
public class TransferFindingsResource {

    @Inject
    FindingService service;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listTransferFindings", summary = "Findings of one transfer",
            description = "Every finding the rules raise on this third-country transfer today (open and accepted), with a summary by severity. Filters and paging as for the organisation's findings.")
    @APIResponse(responseCode = "200", description = "All its findings and their summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FindingPage.class)))
    public FindingPage list(@PathParam("orgId") long orgId, @PathParam("transferId") long id,
                            @Parameter(description = "de or en") @QueryParam("lang") String lang) {
        return ObjectFindings.of(service, orgId, ObjectKind.TRANSFER, id, lang, headers);
    }
}
