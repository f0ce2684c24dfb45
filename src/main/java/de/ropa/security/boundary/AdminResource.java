package de.ropa.security.boundary;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import de.ropa.platform.openapi.ApiRoles;
import de.ropa.platform.boundary.Etags;
import de.ropa.security.entity.UserAccount;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Users, memberships and API tokens (admins only). */
@Path("admin")
@Tag(name = "Administration", description = "Users, their roles and organisations, and API tokens (role admin)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminResource {

    @Inject
    AccessService service;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("users")
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ADMIN)
    @Operation(operationId = "listUsers", summary = "List users",
            description = "Every user with roles, organisation memberships, whether enabled, locked or a demo account. Never passwords.")
    @APIResponse(responseCode = "200", description = "All users",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = UserResponse.class)))
    public List<UserResponse> users() {
        return service.users().stream().map(UserResponse::from).toList();
    }

    @POST
    @Path("users")
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ADMIN)
    @Operation(operationId = "createUser", summary = "Create a user with roles and organisation memberships",
            description = "Creates a user. The password must have at least 12 characters; roles are ADMIN, DPO, AUDITOR and INTEGRATION; organisationIds are the memberships. Recorded in the installation's trail.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserResponse.class)))
    public Response createUser(@NotNull UserRequest request) {
        UserAccount user = service.createUser(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(user.getId())).build())
                .tag(Etags.of(user.getVersion())).entity(UserResponse.from(user)).build();
    }

    @GET
    @Path("users/{userId}")
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ADMIN)
    @Operation(operationId = "getUser", summary = "Read a user",
            description = "A user with roles and memberships; its version is in the ETag.")
    @APIResponse(responseCode = "200", description = "The user",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserResponse.class)))
    public Response user(@PathParam("userId") long userId) {
        UserAccount user = service.user(userId);
        return Response.ok(UserResponse.from(user)).tag(Etags.of(user.getVersion())).build();
    }

    @PUT
    @Path("users/{userId}")
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ADMIN)
    @Operation(operationId = "updateUser", summary = "Replace a user's roles, memberships and details",
            description = "Requires If-Match. An empty password keeps the current one.")
    @APIResponse(responseCode = "200", description = "The updated user",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserResponse.class)))
    public Response updateUser(@PathParam("userId") long userId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @NotNull UserRequest request) {
        UserAccount user = service.updateUser(userId, Etags.expectedVersion(ifMatch), request);
        return Response.ok(UserResponse.from(user)).tag(Etags.of(user.getVersion())).build();
    }

    @DELETE
    @Path("users/{userId}")
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ADMIN)
    @Operation(operationId = "deleteUser", summary = "Delete a user and its tokens", description = "Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response deleteUser(@PathParam("userId") long userId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteUser(userId, Etags.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("tokens")
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ADMIN)
    @Operation(operationId = "listTokens", summary = "List API tokens with expiry and last use",
            description = "Every API token with its owner, expiry, revocation and last use; a token's value is shown only once, when it is created.")
    @APIResponse(responseCode = "200", description = "All tokens (never their values)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = TokenResponse.class)))
    public List<TokenResponse> tokens() {
        return service.tokens().stream().map(t -> TokenResponse.from(t, null)).toList();
    }

    @POST
    @Path("tokens")
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ADMIN)
    @Operation(operationId = "createToken", summary = "Create an API token",
            description = "The answer carries the token once; only its hash is stored.")
    @APIResponse(responseCode = "201", description = "Created; copy the token now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    public Response createToken(@NotNull TokenRequest request) {
        AccessService.IssuedToken issued = service.createToken(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(issued.token().getId())).build())
                .entity(TokenResponse.from(issued.token(), issued.clearToken())).build();
    }

    @DELETE
    @Path("tokens/{tokenId}")
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ADMIN)
    @Operation(operationId = "revokeToken", summary = "Revoke an API token", description = "It stays listed as revoked.")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revokeToken(@PathParam("tokenId") long tokenId) {
        service.revokeToken(tokenId);
        return Response.noContent().build();
    }
}
