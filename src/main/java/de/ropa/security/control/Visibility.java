package de.ropa.security.control;

import de.ropa.platform.control.CallerScope;
import de.ropa.platform.control.ForbiddenException;
import de.ropa.platform.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * What the current caller may see and do: admins see every organisation, everyone else only those they
 * are a member of; an operation's roles are checked here for the API and the screens alike.
 */
@ApplicationScoped
public class Visibility implements CallerScope {

    @Inject
    SecurityContext security;

    @Inject
    CallerMemberships memberships;

    /** Whether the caller may see this organisation and what belongs to it. */
    @Override
    public boolean canSee(long organisationId) {
        return visibleOrganisations().map(ids -> ids.contains(organisationId)).orElse(true);
    }

    /** The organisations the caller may see; empty means all of them. */
    @Override
    public Optional<Set<Long>> visibleOrganisations() {
        if (SystemAccess.active()) {
            return Optional.empty();
        }
        Principal caller = security.getCallerPrincipal();
        if (caller == null) {
            return Optional.of(Set.of());
        }
        if (security.isCallerInRole(Role.ADMIN_NAME)) {
            return Optional.empty();
        }
        return Optional.of(memberships.of(caller.getName()));
    }

    /** 403 unless the caller has one of these roles. */
    @Override
    public void requireRole(String... roles) {
        if (SystemAccess.active()) {
            return;
        }
        for (String role : roles) {
            if (security.isCallerInRole(role)) {
                return;
            }
        }
        throw new ForbiddenException("access.roles", Arrays.asList(roles));
    }

    @Override
    public String callerName() {
        if (SystemAccess.active()) {
            return "system";
        }
        Principal caller = security.getCallerPrincipal();
        return caller == null ? "anonymous" : caller.getName();
    }
}
