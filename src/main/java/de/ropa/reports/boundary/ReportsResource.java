package de.ropa.reports.boundary;

import de.ropa.activities.entity.RecordType;
import de.ropa.platform.boundary.Downloads;
import de.ropa.platform.boundary.QueryDates;
import de.ropa.platform.i18n.Languages;
import de.ropa.reports.control.RenderProgress;
import de.ropa.reports.control.ReportFormat;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The register's documents as PDF (the records also as Word and OpenDocument), for anyone who may read the organisation. */
@Path("organisations/{orgId}/reports")
@Tag(name = "Reports", description = "The register, the Art. 30(2) record, channel datasheets and the findings as PDF, in German or English")
@Produces(ReportsResource.PDF)
public class ReportsResource {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String ODT = "application/vnd.oasis.opendocument.text";
    private static final String FORMAT = "pdf (default), docx (Word) or odt (OpenDocument text)";

    @Inject
    ReportService service;

    @Context
    HttpHeaders headers;

    @GET
    @Path("register")
    @Produces({PDF, DOCX, ODT})
    @Operation(operationId = "registerReport", summary = "Record of processing activities (Art. 30(1)) as PDF, Word or OpenDocument",
            description = "Cover sheet after the DSK model (controller, representative, DPO, state of the record), contents,"
                    + " one section per processing activity the organisation records as controller (retired ones left out),"
                    + " annexes for measures, processors with their agreements, and third-country transfers. format=docx or"
                    + " format=odt gives the same document as Word or OpenDocument text, to hand over for editing.")
    @APIResponse(responseCode = "200", description = "The document, as an attachment",
            content = {@Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                       @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                       @Content(mediaType = ODT, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response register(@PathParam("orgId") long orgId,
                             @Parameter(description = "de or en (default: Accept-Language, then de)") @QueryParam("lang") String lang,
                             @Parameter(description = "A day, e.g. 2026-11-01: the approved versions in force then instead of the"
                                     + " current state") @QueryParam("asOf") String asOf,
                             @Parameter(description = FORMAT, schema = @Schema(enumeration = {"pdf", "docx", "odt"}, defaultValue = "pdf"))
                             @QueryParam("format") String format) {
        return document(service.record(orgId, RecordType.CONTROLLER, Languages.of(lang, headers), QueryDates.day("asOf", asOf)),
                ReportFormat.of(format));
    }

    @GET
    @Path("processor-record")
    @Produces({PDF, DOCX, ODT})
    @Operation(operationId = "processorRecordReport",
            summary = "Record of processing on behalf of controllers (Art. 30(2)) as PDF, Word or OpenDocument",
            description = "The activities the organisation records as processor, with the controller each is carried out for.")
    @APIResponse(responseCode = "200", description = "The document, as an attachment",
            content = {@Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                       @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                       @Content(mediaType = ODT, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response processorRecord(@PathParam("orgId") long orgId,
                                    @Parameter(description = "de or en") @QueryParam("lang") String lang,
                                    @Parameter(description = "A day: the approved versions in force then") @QueryParam("asOf") String asOf,
                                    @Parameter(description = FORMAT, schema = @Schema(enumeration = {"pdf", "docx", "odt"}, defaultValue = "pdf"))
                                    @QueryParam("format") String format) {
        return document(service.record(orgId, RecordType.PROCESSOR, Languages.of(lang, headers), QueryDates.day("asOf", asOf)),
                ReportFormat.of(format));
    }

    @GET
    @Path("channels/{channelId}")
    @Operation(operationId = "channelDatasheet", summary = "Datasheet of one messenger channel as PDF",
            description = "How the channel is used, the service's catalogue facts with sources and verification dates, the"
                    + " messenger checklist, the channel's findings and the activities that use it.")
    @APIResponse(responseCode = "200", description = "The PDF, as an attachment",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response channelDatasheet(@PathParam("orgId") long orgId, @PathParam("channelId") long channelId,
                                     @Parameter(description = "de or en") @QueryParam("lang") String lang) {
        return pdf(service.channelDatasheet(orgId, channelId, Languages.of(lang, headers)));
    }

    @GET
    @Path("findings")
    @Operation(operationId = "findingsReport", summary = "Findings report as PDF",
            description = "All open and accepted findings grouped by severity, with references, remediation and the"
                    + " justification of each accepted one.")
    @APIResponse(responseCode = "200", description = "The PDF, as an attachment",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response findings(@PathParam("orgId") long orgId,
                             @Parameter(description = "de or en") @QueryParam("lang") String lang) {
        return pdf(service.findings(orgId, Languages.of(lang, headers)));
    }

    private Response pdf(Report report) {
        return document(report, ReportFormat.PDF);
    }

    private Response document(Report report, ReportFormat format) {
        return Downloads.attachment(service.render(report, RenderProgress.NONE, format), format.mediaType(),
                report.fileName(format));
    }
}
