package de.ropa.organisations.boundary;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import de.ropa.platform.openapi.ApiRoles;
import de.ropa.organisations.entity.Organisation;
import de.ropa.platform.boundary.Etags;
import de.ropa.platform.paging.PageRequest;
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

/** The organisations whose registers are kept here. */
@Path("organisations")
@Tag(name = "Organisations", description = "The controllers whose registers are kept here")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

    @Inject
    OrganisationService service;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listOrganisations", summary = "List organisations",
            description = "Paged; filter by a text contained in the name; sort by name, city, createdAt or updatedAt"
                    + " (prefix - for descending).")
    @APIResponse(responseCode = "200", description = "One page of organisations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationPage.class)))
    public OrganisationPage list(
            @Parameter(description = "Page number, from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Items per page, 1 to 200 (default 50)", example = "50") @QueryParam("size") String size,
            @Parameter(description = "Text contained in the name") @QueryParam("q") String q,
            @Parameter(description = "Sort, e.g. name or -updatedAt") @QueryParam("sort") String sort) {
        return OrganisationPage.from(service.list(PageRequest.parse(page, size), q, sort));
    }

    @POST
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ADMIN)
    @Operation(operationId = "createOrganisation", summary = "Create an organisation",
            description = "Creates an organisation (a controller whose register is kept here) with its master data (Art. 30(1)(a)). Admins only; members are added with the users.")
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationResponse.class)))
    public Response create(@NotNull OrganisationRequest request) {
        Organisation created = service.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .tag(Etags.of(created.getVersion()))
                .entity(OrganisationResponse.from(created))
                .build();
    }

    @GET
    @Path("{orgId}")
    @Operation(operationId = "getOrganisation", summary = "Read an organisation",
            description = "The organisation's master data: controller, management, DPO, EU representative, joint controllers, time zone and whether self-approval is allowed. Its version is in the ETag.")
    @APIResponse(responseCode = "200", description = "The organisation; its version is in the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationResponse.class)))
    public Response get(@PathParam("orgId") long orgId) {
        Organisation organisation = service.find(orgId);
        return Response.ok(OrganisationResponse.from(organisation)).tag(Etags.of(organisation.getVersion())).build();
    }

    @PUT
    @Path("{orgId}")
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ADMIN_AND_EDITORS)
    @Operation(operationId = "updateOrganisation", summary = "Replace an organisation",
            description = "Requires If-Match with the ETag read before.")
    @APIResponse(responseCode = "200", description = "The organisation; its version is in the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationResponse.class)))
    public Response update(@PathParam("orgId") long orgId,
                           @Parameter(description = "ETag of the version read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull OrganisationRequest request) {
        Organisation updated = service.update(orgId, Etags.expectedVersion(ifMatch), request);
        return Response.ok(OrganisationResponse.from(updated)).tag(Etags.of(updated.getVersion())).build();
    }

    @DELETE
    @Path("{orgId}")
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ADMIN)
    @Operation(operationId = "deleteOrganisation", summary = "Delete an organisation",
            description = "Requires If-Match. Refused with 409 while register objects still belong to it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("orgId") long orgId,
                           @Parameter(description = "ETag of the version read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(orgId, Etags.expectedVersion(ifMatch));
        return Response.noContent().build();
    }
}
