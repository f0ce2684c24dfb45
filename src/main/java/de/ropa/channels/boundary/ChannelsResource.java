package de.ropa.channels.boundary;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import de.ropa.platform.openapi.ApiRoles;
import de.ropa.platform.boundary.Etags;
import de.ropa.platform.paging.PageRequest;
import de.ropa.channels.entity.Channel;
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

/** Messenger channels: how the organisation uses each messenger service of one organisation. */
@Path("organisations/{orgId}/channels")
@Tag(name = "Channels", description = "Messenger channels: how the organisation uses each messenger service")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChannelsResource {

    @Inject
    ChannelService service;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listChannels", summary = "List channels", description = "Paged; q searches the name; filter by status and service; sort by name, status, audience, nextReviewOn, updatedAt.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChannelPage.class)))
    public ChannelPage list(@PathParam("orgId") long orgId,
            @Parameter(description = "Page, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("size") String size,
            @Parameter(description = "Search text") @QueryParam("q") String q,
            @Parameter(description = "Sort, e.g. name or -updatedAt") @QueryParam("sort") String sort,
            @Parameter(description = "PLANNED, ACTIVE or RETIRED") @QueryParam("status") String statusFilter,
            @Parameter(description = "Id of a messenger service") @QueryParam("service") String serviceFilter) {
        return ChannelPage.from(service.list(orgId, PageRequest.parse(page, size), q, sort, statusFilter, serviceFilter));
    }

    @POST
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.EDITORS)
    @Operation(operationId = "createChannel", summary = "Create a messenger channel",
            description = "Adds a messenger channel to the organisation's register; ids it refers to must belong to the same organisation. The answer is the stored object, its version as ETag and its address as Location. The change is recorded in the audit trail and the register's findings follow at once.")
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChannelResponse.class)))
    public Response create(@PathParam("orgId") long orgId, @NotNull ChannelRequest request) {
        Channel created = service.create(orgId, request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .tag(Etags.of(created.getVersion())).entity(ChannelResponse.from(created)).build();
    }

    @GET
    @Path("{channelId}")
    @Operation(operationId = "getChannel", summary = "Read a messenger channel",
            description = "The messenger channel with every field, its open findings count and its version (also as ETag: send it as If-Match to change or delete it).")
    @APIResponse(responseCode = "200", description = "The object; its version is in the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChannelResponse.class)))
    public Response get(@PathParam("orgId") long orgId, @PathParam("channelId") long id) {
        Channel found = service.find(orgId, id);
        return Response.ok(ChannelResponse.from(found)).tag(Etags.of(found.getVersion())).build();
    }

    @PUT
    @Path("{channelId}")
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.EDITORS)
    @Operation(operationId = "updateChannel", summary = "Replace a messenger channel",
            description = "Replaces the object with the body: send every field as read, since a field left out does not keep its value but takes its default (no text, an empty list, UNKNOWN for an answer, false for a yes/no). Requires If-Match with the ETag read before; a stale one answers 412 and changes nothing.")
    @APIResponse(responseCode = "200", description = "The updated object",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChannelResponse.class)))
    public Response update(@PathParam("orgId") long orgId, @PathParam("channelId") long id,
                           @Parameter(description = "ETag of the version read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull ChannelRequest request) {
        Channel updated = service.update(orgId, id, Etags.expectedVersion(ifMatch), request);
        return Response.ok(ChannelResponse.from(updated)).tag(Etags.of(updated.getVersion())).build();
    }

    @DELETE
    @Path("{channelId}")
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.EDITORS)
    @Operation(operationId = "deleteChannel", summary = "Delete a messenger channel",
            description = "Requires If-Match. Refused with 409 while activities, transfers or processors refer to it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("orgId") long orgId, @PathParam("channelId") long id,
                           @Parameter(description = "ETag of the version read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(orgId, id, Etags.expectedVersion(ifMatch));
        return Response.noContent().build();
    }
}
