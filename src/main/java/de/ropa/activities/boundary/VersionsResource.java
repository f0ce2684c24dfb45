package de.ropa.activities.boundary;

import de.ropa.audit.control.SnapshotDiff;
import de.ropa.platform.control.InvalidFieldException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The approved versions of one processing activity, and each beside the current state or another version. */
@Path("organisations/{orgId}/activities/{activityId}/versions")
@Tag(name = "Approval")
@Produces(MediaType.APPLICATION_JSON)
public class VersionsResource {

    @Inject
    ApprovalService service;

    @GET
        @Operation(operationId = "listActivityVersions", summary = "The activity's approved versions, newest first",
            description = "Every approved version of the activity, the one in force first; each with approver, submitter, self-approval and the findings of high severity that were confirmed.")
    @APIResponse(responseCode = "200", description = "The versions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityVersionResponse[].class)))
    public List<ActivityVersionResponse> versions(@PathParam("orgId") long orgId, @PathParam("activityId") long activityId) {
        return service.versions(orgId, activityId).stream().map(ActivityVersionResponse::from).toList();
    }

    @GET
    @Path("{number}")
    @Operation(operationId = "getActivityVersion", summary = "One approved version",
            description = "One approved version as it was frozen: a self-contained snapshot with the linked channels, measures, transfers and processors by name.")
    @APIResponse(responseCode = "200", description = "The version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityVersionResponse.class)))
    public ActivityVersionResponse version(@PathParam("orgId") long orgId, @PathParam("activityId") long activityId,
                                           @PathParam("number") int number) {
        return ActivityVersionResponse.from(service.version(orgId, activityId, number));
    }

    @GET
    @Path("{number}/comparison")
    @Operation(operationId = "compareActivityVersion", summary = "An approved version beside the current state or another version",
            description = "Every field of both (e.g. purposes[0].legalBasis) with its value on each side and whether they differ.")
    @APIResponse(responseCode = "200", description = "The fields",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SnapshotDiff.Field[].class)))
    public List<SnapshotDiff.Field> compare(@PathParam("orgId") long orgId, @PathParam("activityId") long activityId,
                                            @PathParam("number") int number,
                                            @Parameter(description = "current (default) or another version's number") @QueryParam("with") String with) {
        Integer other = null;
        if (with != null && !with.isBlank() && !with.equals("current")) {
            try {
                other = Integer.valueOf(with.trim());
            } catch (NumberFormatException e) {
                throw new InvalidFieldException("with", "activity.compareWith");
            }
        }
        return service.compare(orgId, activityId, number, other);
    }

}
