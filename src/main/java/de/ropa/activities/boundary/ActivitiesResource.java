package de.ropa.activities.boundary;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import de.ropa.platform.openapi.ApiRoles;
import de.ropa.platform.boundary.Etags;
import de.ropa.platform.paging.PageJson;
import de.ropa.platform.paging.PageRequest;
import de.ropa.activities.entity.ProcessingActivity;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Processing activities: the records of the register (Art. 30) of one organisation. */
@Path("organisations/{orgId}/activities")
@Tag(name = "Activities", description = "Processing activities: the records of the register (Art. 30)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActivitiesResource {

    @Inject
    ActivityService service;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listActivities", summary = "List activities", description = "Paged; q searches name, description and purposes; filter by status and channel; sort by name, status, recordType, department, nextReviewOn, createdAt, updatedAt.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityPage.class)))
    public Response list(@PathParam("orgId") long orgId,
            @Parameter(description = "Page, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("size") String size,
            @Parameter(description = "Search text") @QueryParam("q") String q,
            @Parameter(description = "Sort, e.g. name or -updatedAt") @QueryParam("sort") String sort,
            @Parameter(description = "DRAFT, ACTIVE or RETIRED") @QueryParam("status") String statusFilter,
            @Parameter(description = "Id of a channel the activity uses") @QueryParam("channel") String channelFilter) {
        return Response.ok(PageJson.of(service.listAsJson(orgId, PageRequest.parse(page, size), q, sort, statusFilter,
                channelFilter)), MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.EDITORS)
    @Operation(operationId = "createActivity", summary = "Create a processing activity",
            description = "Adds a processing activity to the organisation's register; ids it refers to must belong to the same organisation. The answer is the stored object, its version as ETag and its address as Location. The change is recorded in the audit trail and the register's findings follow at once.")
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityResponse.class)))
    public Response create(@PathParam("orgId") long orgId, @NotNull ActivityRequest request) {
        ProcessingActivity created = service.create(orgId, request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .tag(Etags.of(created.getVersion())).entity(ActivityResponse.from(created)).build();
    }

    @GET
    @Path("{activityId}")
    @Operation(operationId = "getActivity", summary = "Read a processing activity",
            description = "The processing activity with every field, its open findings count and its version (also as ETag: send it as If-Match to change or delete it).")
    @APIResponse(responseCode = "200", description = "The object; its version is in the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityResponse.class)))
    public Response get(@PathParam("orgId") long orgId, @PathParam("activityId") long id) {
        ProcessingActivity found = service.find(orgId, id);
        return Response.ok(ActivityResponse.from(found)).tag(Etags.of(found.getVersion())).build();
    }

    @PUT
    @Path("{activityId}")
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.EDITORS)
    @Operation(operationId = "updateActivity", summary = "Replace a processing activity",
            description = "Replaces the object with the body: send every field as read, since a field left out does not keep its value but takes its default (no text, an empty list, UNKNOWN for an answer, false for a yes/no). Requires If-Match with the ETag read before; a stale one answers 412 and changes nothing.")
    @APIResponse(responseCode = "200", description = "The updated object",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityResponse.class)))
    public Response update(@PathParam("orgId") long orgId, @PathParam("activityId") long id,
                           @Parameter(description = "ETag of the version read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull ActivityRequest request) {
        ProcessingActivity updated = service.update(orgId, id, Etags.expectedVersion(ifMatch), request);
        return Response.ok(ActivityResponse.from(updated)).tag(Etags.of(updated.getVersion())).build();
    }

    @DELETE
    @Path("{activityId}")
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.EDITORS)
    @Operation(operationId = "deleteActivity", summary = "Delete a processing activity",
            description = "Requires If-Match. Linked channels, measures and transfers are not deleted.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("orgId") long orgId, @PathParam("activityId") long id,
                           @Parameter(description = "ETag of the version read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(orgId, id, Etags.expectedVersion(ifMatch));
        return Response.noContent().build();
    }
}
