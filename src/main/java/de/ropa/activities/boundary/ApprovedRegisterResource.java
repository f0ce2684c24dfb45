package de.ropa.activities.boundary;

import de.ropa.platform.boundary.QueryDates;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The approved register as it stood on a day. */
@Path("organisations/{orgId}/approved-register")
@Tag(name = "Approval")
@Produces(MediaType.APPLICATION_JSON)
public class ApprovedRegisterResource {

    /** The activities' versions in force at the end of a day. */
    @Schema(name = "ApprovedRegister")
    public record ApprovedRegister(LocalDate asOf, List<ActivityVersionResponse> activities) {
    }

    @Inject
    ApprovalService service;

    @GET
    @Operation(operationId = "getApprovedRegister", summary = "The register as approved on a day",
            description = "Every activity's version that was approved by the end of the day (UTC) and not yet superseded:"
                    + " what the record said then, whatever changed since. Default: today.")
    @APIResponse(responseCode = "200", description = "The versions in force",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApprovedRegister.class)))
    public ApprovedRegister asOf(@PathParam("orgId") long orgId,
                                 @Parameter(description = "The day, e.g. 2026-11-01") @QueryParam("asOf") String asOf) {
        LocalDate day = parse(asOf);
        return new ApprovedRegister(day, service.asOf(orgId, day).stream().map(ActivityVersionResponse::from).toList());
    }

    static LocalDate parse(String asOf) {
        LocalDate day = QueryDates.day("asOf", asOf);
        return day == null ? LocalDate.now() : day;
    }
}
