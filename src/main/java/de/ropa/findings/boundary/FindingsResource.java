package de.ropa.findings.boundary;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import de.ropa.platform.openapi.ApiRoles;
import de.ropa.platform.i18n.Languages;
import de.ropa.platform.paging.PageRequest;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** The findings of one organisation's register, and accepting or re-opening one. */
@Path("organisations/{orgId}/findings")
@Tag(name = "Findings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FindingsResource {

    @Inject
    FindingService service;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listFindings", summary = "Findings of the register",
            description = "Computed from the register's current state. Filters combine; severity and rule take comma-separated"
                    + " lists. The summary counts open and accepted findings by severity over everything the filter matches."
                    + " Sort by severity (default), rule, kind, object or state; a leading - reverses.")
    @APIResponse(responseCode = "200", description = "One page and the summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FindingPage.class)))
    public FindingPage list(@PathParam("orgId") long orgId,
            @Parameter(description = "HIGH, MEDIUM, LOW, INFO (comma-separated)") @QueryParam("severity") String severity,
            @Parameter(description = "Rule ids (comma-separated)") @QueryParam("rule") String rule,
            @Parameter(description = "ORGANISATION, ACTIVITY, CHANNEL, PROCESSOR or TRANSFER") @QueryParam("objectKind") String objectKind,
            @Parameter(description = "Id of one object (with objectKind)") @QueryParam("objectId") String objectId,
            @Parameter(description = "OPEN or ACCEPTED") @QueryParam("state") String state,
            @Parameter(description = "Page, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("size") String size,
            @Parameter(description = "Sort, e.g. severity or -object") @QueryParam("sort") String sort,
            @Parameter(description = "de or en (default: Accept-Language, then de)") @QueryParam("lang") String lang) {
        FindingFilter filter = FindingFilter.parse(severity, rule, objectKind, objectId, state);
        return FindingPage.from(service.list(orgId, filter, PageRequest.parse(page, size), sort), Languages.of(lang, headers));
    }

    @POST
    @Path("{findingId}/accept")
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.DPO)
    @Operation(operationId = "acceptFinding", summary = "Accept a finding as a risk",
            description = "Records who accepted it, when and why, bound to the facts the finding shows now: when they change,"
                    + " the finding is open again. Accepting an accepted finding replaces its justification. DPO only.")
    @APIResponse(responseCode = "200", description = "The finding, now accepted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FindingResponse.class)))
    public FindingResponse accept(@PathParam("orgId") long orgId, @PathParam("findingId") String findingId,
                                  @Parameter(description = "de or en") @QueryParam("lang") String lang,
                                  @NotNull AcceptanceRequest request) {
        return FindingResponse.from(service.accept(orgId, findingId, request), Languages.of(lang, headers));
    }

    @POST
    @Path("{findingId}/reopen")
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.DPO)
    @Operation(operationId = "reopenFinding", summary = "Re-open an accepted finding",
            description = "Ends the acceptance with a justification; the acceptance stays in the history. DPO only.")
    @APIResponse(responseCode = "200", description = "The finding, now open",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FindingResponse.class)))
    public FindingResponse reopen(@PathParam("orgId") long orgId, @PathParam("findingId") String findingId,
                                  @Parameter(description = "de or en") @QueryParam("lang") String lang,
                                  @NotNull AcceptanceRequest request) {
        return FindingResponse.from(service.reopen(orgId, findingId, request), Languages.of(lang, headers));
    }
}
