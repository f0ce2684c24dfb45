package de.ropa.spreadsheets.boundary;

import de.ropa.platform.i18n.Languages;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * GET /organisations/{orgId}/export/workbook: the whole register as the product's workbook. A root resource of its
 * own (the longer path wins over /export), so the exchange component knows nothing of spreadsheets.
 */
@Path("organisations/{orgId}/export/workbook")
@Tag(name = "Export and import")
public class WorkbookExportResource {

    static final String XLSX = SpreadsheetImportResource.XLSX;

    @Inject
    SpreadsheetService service;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(XLSX)
    @Operation(operationId = "exportWorkbook", summary = "Export the whole register as an Excel workbook",
            description = "One sheet per kind: organisation, activities, their purposes, data categories and recipients,"
                    + " channels, processors, transfers, measures; rows link each other by key (A1, C1 …). Headings and"
                    + " values in German or English. The workbook imports again (profile workbook) into an empty"
                    + " organisation as the same register.")
    @APIResponse(responseCode = "200", description = "The workbook, as an attachment",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response workbook(@PathParam("orgId") long orgId,
                             @Parameter(description = "de or en (default: Accept-Language, then de)") @QueryParam("lang") String lang) {
        Locale language = Languages.of(lang, headers);
        return Response.ok(service.workbook(orgId, language), XLSX)
                .header("Content-Disposition", "attachment; filename=\"register-" + orgId + "-" + language.getLanguage() + ".xlsx\"")
                .build();
    }
}
