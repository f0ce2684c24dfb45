package de.ropa.security.control;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Enforces {@code @RolesAllowed} on the services' CDI beans, which neither server does for plain CDI
 * beans; {@link SecurityExtension} makes the annotation an interceptor binding. So a rule like "auditors
 * change nothing" holds for the API and the screens alike.
 */
@RolesAllowed({})
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RolesAllowedInterceptor {

    @Inject
    Visibility visibility;

    @AroundInvoke
    Object check(InvocationContext invocation) throws Exception {
        RolesAllowed allowed = invocation.getMethod().getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = invocation.getMethod().getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed != null) {
            visibility.requireRole(allowed.value());
        }
        return invocation.proceed();
    }
}
