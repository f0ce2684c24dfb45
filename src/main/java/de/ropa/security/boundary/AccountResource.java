package de.ropa.security.boundary;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import de.ropa.platform.openapi.ApiRoles;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own account. */
@Path("account")
@Tag(name = "Account", description = "The caller's own account (every role)")
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    AccountService service;

    @PUT
    @Path("password")
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ANYONE)
    @Operation(operationId = "changeOwnPassword", summary = "Change the caller's own password",
            description = "Needs the current password. A password generated at the first start must be changed this way"
                    + " (or on the screens) before any other operation is allowed. Other sessions of the user end.")
    @APIResponse(responseCode = "204", description = "Changed")
    public void change(@NotNull PasswordChange change) {
        service.changePassword(change);
    }
}
