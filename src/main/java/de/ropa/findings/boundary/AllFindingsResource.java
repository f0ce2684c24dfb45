package de.ropa.findings.boundary;

import de.ropa.platform.i18n.Languages;
import de.ropa.platform.paging.PageRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

/** The findings of every organisation the caller may see, e.g. for an external DPO with several clients. */
@Path("findings")
@Tag(name = "Findings")
@Produces(MediaType.APPLICATION_JSON)
public class AllFindingsResource {

    @Inject
    FindingService service;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listAllFindings", summary = "Findings across organisations",
            description = "Like the findings of one organisation, over every organisation the caller may see; each finding names its organisationId.")
    @APIResponse(responseCode = "200", description = "One page and the summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FindingPage.class)))
    public FindingPage list(
            @Parameter(description = "HIGH, MEDIUM, LOW, INFO (comma-separated)") @QueryParam("severity") String severity,
            @Parameter(description = "Rule ids (comma-separated)") @QueryParam("rule") String rule,
            @Parameter(description = "ORGANISATION, ACTIVITY, CHANNEL, PROCESSOR or TRANSFER") @QueryParam("objectKind") String objectKind,
            @Parameter(description = "OPEN or ACCEPTED") @QueryParam("state") String state,
            @Parameter(description = "Page, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("size") String size,
            @Parameter(description = "Sort, e.g. severity or -object") @QueryParam("sort") String sort,
            @Parameter(description = "de or en (default: Accept-Language, then de)") @QueryParam("lang") String lang) {
        FindingFilter filter = FindingFilter.parse(severity, rule, objectKind, null, state);
        return FindingPage.from(service.listVisible(filter, PageRequest.parse(page, size), sort), Languages.of(lang, headers));
    }
}
