package de.ropa.security.control;

import de.ropa.platform.i18n.Languages;
import de.ropa.platform.i18n.Text;
import de.ropa.platform.problem.ErrorPageServlet;
import de.ropa.platform.problem.Problem;
import de.ropa.platform.problem.ProblemJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The one authentication mechanism of the application (Jakarta EE allows one), dispatching by path:
 * the REST API authenticates every request by {@code Authorization: Bearer <token>} (or Basic) and
 * answers 401 with {@code WWW-Authenticate} and problem details; the screens log in through the login
 * page and keep the caller in the HTTP session. A session is checked against the account on every request:
 * once the account is disabled, deleted or changed by an admin (roles, memberships, password), the session
 * ends. An account whose generated password must be changed reaches only the password page (over the API:
 * {@code PasswordChangeRequiredFilter}).
 */
@ApplicationScoped
public class RopaAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String API_PREFIX = "/api/";
    static final String LOGIN_PAGE = "/login.xhtml";
    static final String SESSION_CALLER = "ropa.caller";
    static final String SESSION_VERSION = "ropa.accountVersion";
    static final String PASSWORD_PAGE = "/account/password.xhtml";
    private static final String REALM = "ROPA";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottle throttle;

    @Inject
    AccountStates states;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        return pathOf(request).startsWith(API_PREFIX) ? api(request, response, context) : pages(request, response, context);
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (!context.isProtected()) {
            // open endpoints (health) ignore credentials, good or bad
            return context.doNothing();
        }
        if (authorization == null || authorization.isBlank()) {
            return context.isProtected() ? unauthorized(request, response, context, Text.of("auth.needed")) : context.doNothing();
        }
        Credential credential = credentialOf(authorization);
        if (credential == null) {
            return unauthorized(request, response, context, Text.of("auth.scheme"));
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.hold(throttle.failed(request.getRemoteAddr()));
            return unauthorized(request, response, context, Text.of("auth.invalid"));
        }
        return context.notifyContainerAboutLogin(result.getCallerPrincipal(), result.getCallerGroups());
    }

    private AuthenticationStatus pages(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return login(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof String caller) {
            Optional<AccountStates.AccountState> state = states.current(caller);
            if (state.isEmpty() || !state.get().active()
                    || !Long.valueOf(state.get().version()).equals(session.getAttribute(SESSION_VERSION))) {
                // disabled, deleted or changed since this session logged in: the session ends with the old rights
                session.invalidate();
                return context.isProtected() ? toLogin(request, response, context) : context.doNothing();
            }
            if (state.get().mustChangePassword() && context.isProtected() && !pathOf(request).equals(PASSWORD_PAGE)) {
                return context.redirect(request.getContextPath() + PASSWORD_PAGE);
            }
            return context.notifyContainerAboutLogin(caller, state.get().groups());
        }
        if (context.isProtected()) {
            return toLogin(request, response, context);
        }
        return context.doNothing();
    }

    /** To the login page; a Faces ajax request is told so in its own protocol (a plain redirect would break it). */
    private static AuthenticationStatus toLogin(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String login = request.getContextPath() + LOGIN_PAGE;
        if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return context.redirect(login);
        }
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + login + "\"></redirect></partial-response>");
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /**
     * Remembers, in a session about to start or one whose account the user just changed (own password), which
     * version of the account it belongs to.
     */
    public void rememberAccount(HttpServletRequest request, String caller) {
        states.forget(caller);
        states.current(caller).ifPresent(state -> request.getSession().setAttribute(SESSION_VERSION, state.version()));
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.hold(throttle.failed(request.getRemoteAddr()));
            return AuthenticationStatus.SEND_FAILURE;
        }
        // a new session id after login defeats session fixation
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SESSION_CALLER, result.getCallerPrincipal().getName());
        rememberAccount(request, result.getCallerPrincipal().getName());
        return context.notifyContainerAboutLogin(result.getCallerPrincipal(), result.getCallerGroups());
    }

    private static Credential credentialOf(String authorization) {
        String value = authorization.trim();
        if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return new TokenCredential(value.substring(7).trim());
        }
        if (value.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(value.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
            } catch (IllegalArgumentException notBase64) {
                return null;
            }
        }
        return null;
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
                                                     HttpMessageContext context, Text detail) {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"" + REALM + "\", Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        // some containers answer SEND_FAILURE through the error page, which then takes this detail
        request.setAttribute(ErrorPageServlet.DETAIL, detail);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write(ProblemJson.unauthorized(detail.render(Languages.of(request)), request.getRequestURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
