package de.ropa.spreadsheets.boundary;

import de.ropa.exchange.boundary.RegisterImportResource.ImportResult;
import de.ropa.platform.control.InvalidFieldException;
import de.ropa.platform.i18n.Languages;
import de.ropa.platform.openapi.ApiRoles;
import de.ropa.spreadsheets.control.ActivityField;
import de.ropa.spreadsheets.control.ImportProfile;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * POST /organisations/{orgId}/import/spreadsheet (and …/preview): a spreadsheet into the register. A root resource of
 * its own (the longer path wins over /import), so the exchange component knows nothing of spreadsheets.
 */
@Path("organisations/{orgId}/import/spreadsheet")
@Tag(name = "Export and import")
public class SpreadsheetImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String XLS = "application/vnd.ms-excel";
    static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
    static final String CSV = "text/csv";
    private static final String PROFILE = "auto (default: the product's workbook by its sheets, anything else by its headings),"
            + " workbook, ico, cnil, dsk or generic";
    private static final String MAPPING = "A column to read as a field, as COLUMN=FIELD, where COLUMN is its letter (C) or"
            + " its heading and FIELD one of the fields of SpreadsheetColumn, or NONE to leave it out; repeatable."
            + " Columns not named are recognised by their headings";

    @Inject
    SpreadsheetService service;

    @Context
    HttpHeaders headers;

    @POST
    @Path("preview")
    @Consumes({XLSX, XLS, ODS, CSV, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.EDITORS)
    @Operation(operationId = "previewSpreadsheetImport", summary = "Preview the import of a spreadsheet",
            description = "Reads the file (XLSX, XLS, ODS or CSV; the kind is told by its content) and answers, row by row,"
                    + " what the import would add and every cell it cannot take, with the reason. Stores nothing: the"
                    + " import is rehearsed, every rule included, and rolled back. ready=true means the import will store"
                    + " exactly what counts says.")
    @RequestBody(description = "The spreadsheet file", required = true,
            content = {@Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                       @Content(mediaType = ODS, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                       @Content(mediaType = XLS, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                       @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                       @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "The preview",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportPreview.class)))
    public ImportPreview preview(@PathParam("orgId") long orgId, InputStream file,
                                 @Parameter(description = PROFILE) @QueryParam("profile") String profile,
                                 @Parameter(description = MAPPING) @QueryParam("column") List<String> columns,
                                 @Parameter(description = "de or en: the language of the problems' messages") @QueryParam("lang") String lang) {
        return service.preview(orgId, file, profile(profile), mapping(columns), Languages.of(lang, headers));
    }

    @POST
    @Consumes({XLSX, XLS, ODS, CSV, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.EDITORS)
    @Operation(operationId = "importSpreadsheet", summary = "Import a spreadsheet into the register",
            description = "Adds the file's activities (with the channels and transfers they name) to the organisation, all"
                    + " or nothing and as one trail entry. Into an organisation with a register, existing channels,"
                    + " processors, measures and transfers are linked by name, and an activity whose name exists is refused,"
                    + " never overwritten. A file with problems is refused with a 400 whose errors name each cell"
                    + " ('Tabelle1'!C7); the preview shows the same problems row by row.")
    @RequestBody(description = "The spreadsheet file", required = true,
            content = {@Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                       @Content(mediaType = ODS, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                       @Content(mediaType = XLS, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                       @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                       @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "Imported; the number of objects created per kind",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class)))
    public ImportResult importSpreadsheet(@PathParam("orgId") long orgId, InputStream file,
                                          @Parameter(description = PROFILE) @QueryParam("profile") String profile,
                                          @Parameter(description = MAPPING) @QueryParam("column") List<String> columns) {
        return new ImportResult(service.importFile(orgId, file, profile(profile), mapping(columns)));
    }

    static ImportProfile profile(String profile) {
        if (profile == null || profile.isBlank()) {
            return ImportProfile.AUTO;
        }
        try {
            return ImportProfile.valueOf(profile.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidFieldException("profile", "sheet.profile", profile);
        }
    }

    static Map<String, Optional<ActivityField>> mapping(List<String> columns) {
        Map<String, Optional<ActivityField>> mapping = new LinkedHashMap<>();
        for (String column : columns == null ? List.<String>of() : columns) {
            int at = column.lastIndexOf('=');
            if (at <= 0) {
                throw new InvalidFieldException("column", "sheet.mapping", column);
            }
            String field = column.substring(at + 1).strip().toUpperCase(Locale.ROOT);
            try {
                mapping.put(column.substring(0, at).strip(), field.equals("NONE") ? Optional.empty() : Optional.of(ActivityField.valueOf(field)));
            } catch (IllegalArgumentException unknown) {
                throw new InvalidFieldException("column", "sheet.mapping", column);
            }
        }
        return mapping;
    }
}
