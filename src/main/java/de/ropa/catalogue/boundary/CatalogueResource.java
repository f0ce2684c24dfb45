package de.ropa.catalogue.boundary;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import de.ropa.platform.openapi.ApiRoles;
import de.ropa.catalogue.entity.CatalogueMeasure;
import de.ropa.platform.boundary.Etags;
import de.ropa.platform.paging.Page;
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

/** The reference catalogues: messenger services and technical and organisational measures. */
@Path("catalogue")
@Tag(name = "Catalogue", description = "Reference catalogues shared by all organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    @Inject
    CatalogueService service;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("messenger-services")
    @Operation(operationId = "listMessengerServices", summary = "List messenger services",
            description = "Paged; q searches name and provider; sort by name, provider, variant, verifiedOn or code.")
    @APIResponse(responseCode = "200", description = "One page of services",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CataloguePages.Services.class)))
    public CataloguePages.Services listServices(@Parameter(description = "Page, from 0") @QueryParam("page") String page,
                                                @Parameter(description = "Page size, 1 to 200") @QueryParam("size") String size,
                                                @Parameter(description = "Search text") @QueryParam("q") String q,
                                                @Parameter(description = "Sort, e.g. name or -verifiedOn") @QueryParam("sort") String sort) {
        Page<MessengerServiceResponse> result = service.serviceViews(PageRequest.parse(page, size), q, sort);
        return new CataloguePages.Services(result.items(), result.page(), result.size(), result.total());
    }

    @POST
    @Path("messenger-services")
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ADMIN)
    @Operation(operationId = "createMessengerService", summary = "Add a messenger service to the catalogue",
            description = "Adds a service to the messenger catalogue that every organisation's channels refer to: its ten facts with state, texts in German and English, sources and check date. Admins only; recorded in the installation's trail.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessengerServiceResponse.class)))
    public Response createService(@NotNull MessengerServiceRequest request) {
        MessengerServiceResponse created = service.serviceView(service.createService(request).getId());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .tag(Etags.of(created.version())).entity(created).build();
    }

    @GET
    @Path("messenger-services/{serviceId}")
    @Operation(operationId = "getMessengerService", summary = "Read a messenger service",
            description = "A service of the messenger catalogue with its facts (state, German and English statement, sources, check date); its version is in the ETag.")
    @APIResponse(responseCode = "200", description = "The service",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessengerServiceResponse.class)))
    public Response getService(@PathParam("serviceId") long serviceId) {
        MessengerServiceResponse found = service.serviceView(serviceId);
        return Response.ok(found).tag(Etags.of(found.version())).build();
    }

    @PUT
    @Path("messenger-services/{serviceId}")
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ADMIN)
    @Operation(operationId = "updateMessengerService", summary = "Replace a messenger service",
            description = "Admins only; requires If-Match. A changed fact (a value, or a fact's statement, state or sources)"
                    + " sets factsChangedAt, so channels reviewed before it are flagged; the change is recorded in the"
                    + " trail of every organisation using the service. A fact may be VERIFIED only with checkedOn and a"
                    + " source with an address.")
    @APIResponse(responseCode = "200", description = "The updated service",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessengerServiceResponse.class)))
    public Response updateService(@PathParam("serviceId") long serviceId,
                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @NotNull MessengerServiceRequest request) {
        service.updateService(serviceId, Etags.expectedVersion(ifMatch), request);
        MessengerServiceResponse updated = service.serviceView(serviceId);
        return Response.ok(updated).tag(Etags.of(updated.version())).build();
    }

    @DELETE
    @Path("messenger-services/{serviceId}")
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ADMIN)
    @Operation(operationId = "deleteMessengerService", summary = "Remove a messenger service",
            description = "Requires If-Match; refused with 409 while channels or processors refer to it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response deleteService(@PathParam("serviceId") long serviceId,
                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteService(serviceId, Etags.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("toms")
    @Operation(operationId = "listCatalogueMeasures", summary = "List the TOM catalogue",
            description = "Paged; q searches the German and English titles.")
    @APIResponse(responseCode = "200", description = "One page of measures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CataloguePages.Measures.class)))
    public CataloguePages.Measures listMeasures(@Parameter(description = "Page, from 0") @QueryParam("page") String page,
                                                @Parameter(description = "Page size, 1 to 200") @QueryParam("size") String size,
                                                @Parameter(description = "Search text") @QueryParam("q") String q,
                                                @Parameter(description = "Sort, e.g. code or art32Letter") @QueryParam("sort") String sort) {
        Page<CatalogueMeasureResponse> result = service.measures(PageRequest.parse(page, size), q, sort)
                .map(CatalogueMeasureResponse::from);
        return new CataloguePages.Measures(result.items(), result.page(), result.size(), result.total());
    }

    @POST
    @Path("toms")
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ADMIN)
    @Operation(operationId = "createCatalogueMeasure", summary = "Add a measure to the TOM catalogue",
            description = "Adds a measure to the TOM catalogue that organisations adopt (POST /organisations/{orgId}/toms with catalogueMeasureId). Admins only.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueMeasureResponse.class)))
    public Response createMeasure(@NotNull CatalogueMeasureRequest request) {
        CatalogueMeasure created = service.createMeasure(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .tag(Etags.of(created.getVersion())).entity(CatalogueMeasureResponse.from(created)).build();
    }

    @GET
    @Path("toms/{measureId}")
    @Operation(operationId = "getCatalogueMeasure", summary = "Read a catalogue measure",
            description = "A measure of the TOM catalogue with its kind, Art. 32 letter and SDM goal; its version is in the ETag.")
    @APIResponse(responseCode = "200", description = "The measure",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueMeasureResponse.class)))
    public Response getMeasure(@PathParam("measureId") long measureId) {
        CatalogueMeasure found = service.measure(measureId);
        return Response.ok(CatalogueMeasureResponse.from(found)).tag(Etags.of(found.getVersion())).build();
    }

    @PUT
    @Path("toms/{measureId}")
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ADMIN)
    @Operation(operationId = "updateCatalogueMeasure", summary = "Replace a catalogue measure", description = "Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The updated measure",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueMeasureResponse.class)))
    public Response updateMeasure(@PathParam("measureId") long measureId,
                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @NotNull CatalogueMeasureRequest request) {
        CatalogueMeasure updated = service.updateMeasure(measureId, Etags.expectedVersion(ifMatch), request);
        return Response.ok(CatalogueMeasureResponse.from(updated)).tag(Etags.of(updated.getVersion())).build();
    }

    @DELETE
    @Path("toms/{measureId}")
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ADMIN)
    @Operation(operationId = "deleteCatalogueMeasure", summary = "Remove a catalogue measure",
            description = "Requires If-Match; refused with 409 while an organisation's measure was adopted from it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response deleteMeasure(@PathParam("measureId") long measureId,
                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteMeasure(measureId, Etags.expectedVersion(ifMatch));
        return Response.noContent().build();
    }
}
