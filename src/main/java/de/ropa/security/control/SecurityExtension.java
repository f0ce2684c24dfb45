package de.ropa.security.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.util.Nonbinding;

/** Makes {@code @RolesAllowed} an interceptor binding, so {@link RolesAllowedInterceptor} applies to it. */
public class SecurityExtension implements Extension {

    void rolesAllowedIsABinding(@Observes BeforeBeanDiscovery discovery) {
        // the roles are read by the interceptor, not matched: every @RolesAllowed binds it
        discovery.configureInterceptorBinding(RolesAllowed.class)
                .methods()
                .forEach(member -> member.add(Nonbinding.Literal.INSTANCE));
    }
}
