package de.ropa.audit.boundary;

import de.ropa.platform.boundary.Downloads;
import de.ropa.platform.control.InvalidFieldException;
import de.ropa.platform.i18n.Languages;
import de.ropa.platform.paging.PageRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An organisation's audit trail, for everyone who may read the organisation (auditors included). */
@Path("organisations/{orgId}/audit")
@Tag(name = "Audit trail", description = "The append-only, hash-chained record of every change: read, export and verify it")
public class OrganisationAuditResource {

    @Inject
    AuditService service;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listAuditEntries", summary = "The organisation's audit trail, newest first",
            description = "Every change to the organisation's register, its findings' acceptances, approvals and reviews:"
                    + " who, when, which object, the object before and after. Filter by objectKind and objectId (the trail"
                    + " of one object), actor, and days from/to (inclusive, UTC).")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditPage.class)))
    public AuditPage list(@PathParam("orgId") long orgId,
                          @Parameter(description = "ACTIVITY, CHANNEL, PROCESSOR, TRANSFER, MEASURE, ORGANISATION, FINDING, REGISTER")
                          @QueryParam("objectKind") String objectKind,
                          @Parameter(description = "Id of one object (with objectKind)") @QueryParam("objectId") String objectId,
                          @Parameter(description = "User name") @QueryParam("actor") String actor,
                          @Parameter(description = "First day, e.g. 2026-11-01") @QueryParam("from") String from,
                          @Parameter(description = "Last day, e.g. 2026-11-30") @QueryParam("to") String to,
                          @Parameter(description = "Page, from 0") @QueryParam("page") String page,
                          @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("size") String size) {
        return AuditPage.from(service.entries(orgId, AuditFilter.parse(objectKind, objectId, actor, from, to),
                PageRequest.parse(page, size)));
    }

    @GET
    @Path("verification")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "verifyOrganisationAuditTrail", summary = "Recompute the hash chain, reported for this organisation",
            description = "The whole chain is recomputed (its links run through every organisation's entries); the answer"
                    + " counts and names only this organisation's entries. A break in another organisation's entries is"
                    + " reported without its place, which an admin sees under /audit/verification.")
    @APIResponse(responseCode = "200", description = "The result (also when the chain is broken)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerificationResponse.class)))
    public VerificationResponse verify(@PathParam("orgId") long orgId, @Context HttpHeaders headers) {
        return VerificationResponse.from(service.verify(orgId), Languages.of(null, headers));
    }

    @GET
    @Path("export")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportAuditTrail", summary = "The organisation's audit trail for a period, as CSV or JSON",
            description = "Oldest first, with every entry's hash and the hash of the entry before, so the chain can be"
                    + " checked outside the product. Same filters as the list.")
    @APIResponse(responseCode = "200", description = "The export, as an attachment",
            content = {@Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                            implementation = AuditEntryResponse.class))})
    public Response export(@PathParam("orgId") long orgId,
                           @Parameter(description = "csv (default) or json") @QueryParam("format") String format,
                           @Parameter(description = "First day") @QueryParam("from") String from,
                           @Parameter(description = "Last day") @QueryParam("to") String to,
                           @Parameter(description = "Only this kind of object") @QueryParam("objectKind") String objectKind,
                           @Parameter(description = "Only this object") @QueryParam("objectId") String objectId,
                           @Parameter(description = "Only this user") @QueryParam("actor") String actor) {
        boolean csv = format == null || format.isBlank() || format.equalsIgnoreCase("csv");
        if (!csv && !format.equalsIgnoreCase("json")) {
            throw new InvalidFieldException("format", "audit.format");
        }
        AuditFilter filter = AuditFilter.parse(objectKind, objectId, actor, from, to);
        java.nio.file.Path file = service.export(orgId, filter, csv);
        String name = "audit-trail-" + orgId + (filter.from() == null ? "" : "-from-" + filter.from())
                + (filter.to() == null ? "" : "-to-" + filter.to()) + (csv ? ".csv" : ".json");
        return Downloads.attachment(file, csv ? "text/csv; charset=UTF-8" : MediaType.APPLICATION_JSON, name);
    }
}
