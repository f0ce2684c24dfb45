package de.ropa.security.boundary;

import de.ropa.organisations.boundary.OrganisationService;
import de.ropa.platform.control.ConflictException;
import de.ropa.platform.control.InvalidFieldException.FieldProblem;
import de.ropa.platform.control.InvalidFieldException;
import de.ropa.platform.control.NotFoundException;
import de.ropa.platform.control.RegisterStore;
import de.ropa.platform.control.Trail;
import de.ropa.platform.entity.ObjectKind;
import de.ropa.platform.entity.Role;
import de.ropa.security.control.AccountStates;
import de.ropa.security.control.RegisterIdentityStore;
import de.ropa.security.control.PasswordHashing;
import de.ropa.security.control.Tokens;
import de.ropa.security.control.Visibility;
import de.ropa.security.entity.ApiToken;
import de.ropa.security.entity.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Owns users, their roles and memberships, and API tokens. Admins only. */
@ApplicationScoped
@Transactional
@RolesAllowed(Role.ADMIN_NAME)
public class AccessService {

    static final ObjectKind USER = ObjectKind.USER;
    static final ObjectKind TOKEN = ObjectKind.TOKEN;

    @Inject
    Trail trail;

    @Inject
    OrganisationService organisations;

    @Inject
    RegisterStore store;

    @Inject
    Visibility visibility;

    @Inject
    PasswordHashing hashing;

    @Inject
    AccountStates states;

    @Inject
    RegisterIdentityStore identityStore;

    public List<UserAccount> users() {
        return em().createQuery("SELECT u FROM UserAccount u ORDER BY u.username", UserAccount.class).getResultList();
    }

    public UserAccount user(long id) {
        UserAccount user = em().find(UserAccount.class, id);
        if (user == null) {
            throw new NotFoundException(USER, id);
        }
        return user;
    }

    public UserAccount createUser(UserRequest request) {
        store.validate(request);
        UserAccount user = new UserAccount();
        user.setFailedLogins(0);
        apply(request, user, true);
        em().persist(user);
        em().flush();
        trail.record(null, ObjectKind.USER, user.getId(), user.getUsername(), "CREATE", null, UserResponse.from(user));
        return user;
    }

    public UserAccount updateUser(long id, long expectedVersion, UserRequest request) {
        store.validate(request);
        UserAccount user = user(id);
        store.requireVersion(user, USER, expectedVersion);
        UserResponse before = UserResponse.from(user);
        String formerName = user.getUsername();
        apply(request, user, false);
        user.touch();
        em().flush();
        // open sessions of the user end with their next request (AccountStates, RopaAuthenticationMechanism)
        states.forget(formerName);
        trail.record(null, ObjectKind.USER, id, user.getUsername(), "UPDATE", before, UserResponse.from(user));
        return user;
    }

    public void deleteUser(long id, long expectedVersion) {
        UserAccount user = user(id);
        store.requireVersion(user, USER, expectedVersion);
        if (user.getUsername().equals(visibility.callerName())) {
            throw new ConflictException("access.deleteSelf");
        }
        UserResponse before = UserResponse.from(user);
        em().remove(user);
        em().flush();
        states.forget(user.getUsername());
        trail.record(null, ObjectKind.USER, id, user.getUsername(), "DELETE", before, null);
    }

    public List<ApiToken> tokens() {
        return em().createQuery("SELECT t FROM ApiToken t ORDER BY t.createdAt DESC, t.id DESC", ApiToken.class).getResultList();
    }

    /** A new token; the clear token is in the result once and never stored. */
    public IssuedToken createToken(TokenRequest request) {
        store.validate(request);
        UserAccount user = em().find(UserAccount.class, request.userId);
        if (user == null) {
            throw new InvalidFieldException("userId", "access.unknownUser", String.valueOf(request.userId));
        }
        String clear = Tokens.newToken();
        ApiToken token = new ApiToken();
        token.setUser(user);
        token.setName(request.name);
        token.setTokenPrefix(Tokens.prefixOf(clear));
        token.setTokenHash(Tokens.hash(clear));
        token.setExpiresAt(now().plusDays(request.validDays));
        token.setCreatedBy(visibility.callerName());
        em().persist(token);
        em().flush();
        trail.record(null, ObjectKind.TOKEN, token.getId(), token.getName(), "CREATE", null, TokenResponse.from(token, null));
        return new IssuedToken(token, clear);
    }

    public ApiToken revokeToken(long id) {
        ApiToken token = em().find(ApiToken.class, id);
        if (token == null) {
            throw new NotFoundException(TOKEN, id);
        }
        if (token.getRevokedAt() == null) {
            TokenResponse before = TokenResponse.from(token, null);
            token.setRevokedAt(now());
            em().flush();
            identityStore.forgetToken(token.getTokenHash());
            trail.record(null, ObjectKind.TOKEN, id, token.getName(), "REVOKE", before, TokenResponse.from(token, null));
        }
        return token;
    }

    private void apply(UserRequest request, UserAccount user, boolean creating) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean clash = em().createQuery("SELECT u.id FROM UserAccount u WHERE u.username = :name", Long.class)
                .setParameter("name", request.username).getResultStream().anyMatch(id -> !id.equals(user.getId()));
        if (clash) {
            problems.add(new FieldProblem("username", "access.usernameTaken"));
        }
        boolean needsPassword = creating && !request.roles.equals(Set.of(Role.INTEGRATION));
        if (needsPassword && (request.password == null || request.password.isBlank())) {
            problems.add(new FieldProblem("password", "access.passwordRequired"));
        }
        Set<Long> unknown = new TreeSet<>(request.organisationIds);
        if (!unknown.isEmpty()) {
            unknown.removeAll(organisations.existing(request.organisationIds));
        }
        if (!unknown.isEmpty()) {
            problems.add(new FieldProblem("organisationIds", "access.unknownOrganisations", unknown));
        }
        RegisterStore.throwIfAny(problems);
        user.setUsername(request.username);
        user.setDisplayName(request.displayName);
        user.setEmail(request.email);
        user.setRoles(request.roles);
        user.setOrganisationIds(request.organisationIds);
        user.setEnabled(request.enabled == null || request.enabled);
        if (request.password != null && !request.password.isBlank()) {
            user.setPasswordHash(hashing.generate(request.password));
            user.setMustChangePassword(false);
            user.setFailedLogins(0);
            user.setLockedUntil(null);
        }
    }

    private EntityManager em() {
        return store.em();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).withNano(0);
    }

    /** A token and, once, its clear value. */
    public record IssuedToken(ApiToken token, String clearToken) {
    }
}
