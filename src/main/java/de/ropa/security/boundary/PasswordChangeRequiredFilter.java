package de.ropa.security.boundary;

import de.ropa.platform.control.ForbiddenException;
import de.ropa.security.control.AccountStates;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;

/** An account whose password was generated at the first start may call only the password change until it is changed. */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class PasswordChangeRequiredFilter implements ContainerRequestFilter {

    static final String PASSWORD_PATH = "account/password";

    @Inject
    AccountStates states;

    @Override
    public void filter(ContainerRequestContext request) {
        Principal caller = request.getSecurityContext().getUserPrincipal();
        if (caller == null || request.getUriInfo().getPath().replaceFirst("^/", "").equals(PASSWORD_PATH)) {
            return;
        }
        if (states.current(caller.getName()).map(AccountStates.AccountState::mustChangePassword).orElse(false)) {
            throw new ForbiddenException("account.mustChange", "PUT /api/v1/" + PASSWORD_PATH);
        }
    }
}
