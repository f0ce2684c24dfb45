package de.ropa.reviews.boundary;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import de.ropa.platform.openapi.ApiRoles;
import de.ropa.dashboard.boundary.DashboardService.DueItem;
import de.ropa.platform.boundary.Etags;
import de.ropa.platform.control.InvalidFieldException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What is due for review, and recording a review. */
@Path("organisations/{orgId}/reviews")
@Tag(name = "Reviews", description = "What is due for review (activities, channels, processing agreements) and recording a review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewsResource {

    @Inject
    ReviewService service;

    @GET
    @Operation(operationId = "listDueReviews", summary = "Reviews and agreement ends due within some days, overdue ones included",
            description = "Activities and channels by their next review, processing agreements by review date and end; soonest first.")
    @APIResponse(responseCode = "200", description = "The due items",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DueItem[].class)))
    public List<DueItem> due(@PathParam("orgId") long orgId,
                             @Parameter(description = "Days ahead (default 90)") @QueryParam("within") String within) {
        int days = 90;
        if (within != null && !within.isBlank()) {
            try {
                days = Integer.parseInt(within.trim());
            } catch (NumberFormatException e) {
                throw new InvalidFieldException("within", "review.days");
            }
        }
        return service.due(orgId, days);
    }

    @POST
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.EDITORS)
    @Operation(operationId = "recordReview", summary = "Record that an activity, a channel or a processing agreement was reviewed",
            description = "Sets the last review to today and the next to nextReviewOn (default: a year from today); the note goes"
                    + " into the audit trail. Needs If-Match with the reviewed object's version. DPO or integration.")
    @APIResponse(responseCode = "200", description = "The reviewed object with its next review",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DueItem.class)))
    public DueItem review(@PathParam("orgId") long orgId,
                          @Parameter(description = "ETag of the reviewed object's version") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          ReviewRequest request) {
        if (request == null) {
            throw new InvalidFieldException("objectKind", "review.object");
        }
        return service.review(orgId, Etags.expectedVersion(ifMatch), request);
    }
}
