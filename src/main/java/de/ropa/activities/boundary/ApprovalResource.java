package de.ropa.activities.boundary;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import de.ropa.platform.openapi.ApiRoles;
import de.ropa.activities.entity.ProcessingActivity;
import de.ropa.platform.boundary.Etags;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Approval of one processing activity and its approved versions. */
@Path("organisations/{orgId}/activities/{activityId}/approval")
@Tag(name = "Approval", description = "Four-eyes approval of processing activities: submit, approve, send back; approved versions and the approved register as of a day")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApprovalResource {

    @Inject
    ApprovalService service;

    @POST
    @Path("submit")
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.DPO)
    @Operation(operationId = "submitActivity", summary = "Submit a draft for approval (DRAFT → IN_REVIEW)",
            description = "Needs If-Match with the version read. DPO only.")
    @APIResponse(responseCode = "200", description = "The activity, now in review",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityResponse.class)))
    public Response submit(@PathParam("orgId") long orgId, @PathParam("activityId") long activityId,
                           @Parameter(description = "ETag of the version read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return activity(service.submit(orgId, activityId, Etags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("approve")
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.DPO)
    @Operation(operationId = "approveActivity", summary = "Approve the activity as it is (IN_REVIEW → APPROVED)",
            description = "Freezes the activity into a new approved version; the version approved before is superseded."
                    + " Needs If-Match with the version the approver read, so nobody approves what they did not see. DPO only."
                    + " Four eyes: the approver must be another user than the one who submitted it (403), unless the"
                    + " organisation allows self-approval (selfApprovalAllowed; the version records it). Open findings of"
                    + " high severity answer 409 unless the body confirms them (confirmOpenHighFindings; recorded).")
    @APIResponse(responseCode = "200", description = "The new approved version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityVersionResponse.class)))
    public ActivityVersionResponse approve(@PathParam("orgId") long orgId, @PathParam("activityId") long activityId,
                                           @Parameter(description = "ETag of the version read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                           @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                                   schema = @Schema(implementation = ApproveRequest.class))) String body) {
        return ActivityVersionResponse.from(service.approve(orgId, activityId, Etags.expectedVersion(ifMatch),
                ApproveRequest.of(body).confirmOpenHighFindings));
    }

    @POST
    @Path("reject")
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.DPO)
    @Operation(operationId = "rejectActivity", summary = "Send an activity in review back to draft (IN_REVIEW → DRAFT)",
            description = "With the reason, which the trail keeps. Needs If-Match. DPO only.")
    @APIResponse(responseCode = "200", description = "The activity, a draft again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityResponse.class)))
    public Response reject(@PathParam("orgId") long orgId, @PathParam("activityId") long activityId,
                           @Parameter(description = "ETag of the version read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           ReasonRequest request) {
        return activity(service.reject(orgId, activityId, Etags.expectedVersion(ifMatch), request == null ? null : request.reason));
    }

    private static Response activity(ProcessingActivity activity) {
        return Response.ok(ActivityResponse.from(activity)).tag(Etags.of(activity.getVersion())).build();
    }
}
