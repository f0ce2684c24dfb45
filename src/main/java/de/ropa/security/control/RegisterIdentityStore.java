package de.ropa.security.control;

import de.ropa.security.entity.ApiToken;
import de.ropa.security.entity.Role;
import de.ropa.security.entity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Users and API tokens from the database. Passwords are checked with the standard PBKDF2 hash; tokens
 * by the SHA-256 hash stored for them. Five failed passwords lock an account for 15 minutes. Logins
 * are logged, passwords and tokens never.
 */
@ApplicationScoped
@Transactional
public class RegisterIdentityStore implements IdentityStore {

    static final int MAX_FAILED_LOGINS = 5;
    static final int LOCK_MINUTES = 15;
    private static final Logger LOG = Logger.getLogger(RegisterIdentityStore.class.getName());

    @PersistenceContext(unitName = "ropa")
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof UsernamePasswordCredential password) {
            return validatePassword(password);
        }
        if (credential instanceof TokenCredential token) {
            return validateToken(token);
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    private CredentialValidationResult validatePassword(UsernamePasswordCredential credential) {
        String username = credential.getCaller();
        UserAccount user = em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :name", UserAccount.class)
                .setParameter("name", username).getResultStream().findFirst().orElse(null);
        LocalDateTime now = now();
        if (user == null || !user.isEnabled() || user.getPasswordHash() == null) {
            LOG.info(() -> "Login failed for unknown or disabled user \"" + safe(username) + "\"");
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (user.getLockedUntil() != null && user.getLockedUntil().isAfter(now)) {
            LOG.warning(() -> "Login refused for locked user \"" + user.getUsername() + "\" until " + user.getLockedUntil());
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!passwordHash.verify(credential.getPassword().getValue(), user.getPasswordHash())) {
            int failed = user.getFailedLogins() + 1;
            boolean lock = failed >= MAX_FAILED_LOGINS;
            recordLogin(user, lock ? 0 : failed, lock ? now.plusMinutes(LOCK_MINUTES) : user.getLockedUntil(), user.getLastLoginAt());
            if (lock) {
                LOG.warning(() -> "User \"" + user.getUsername() + "\" locked for " + LOCK_MINUTES
                        + " minutes after " + MAX_FAILED_LOGINS + " failed logins");
            }
            LOG.info(() -> "Login failed for user \"" + user.getUsername() + "\" (wrong password)");
            return CredentialValidationResult.INVALID_RESULT;
        }
        // an API client sending Basic credentials logs in with every request: the last login is kept to the
        // minute, so that reading does not write (failures and locks are always cleared at once)
        if (user.getFailedLogins() != 0 || user.getLockedUntil() != null || user.getLastLoginAt() == null
                || user.getLastLoginAt().isBefore(now.minusMinutes(1))) {
            recordLogin(user, 0, null, now);
        }
        LOG.info(() -> "Login of user \"" + user.getUsername() + "\"");
        return new CredentialValidationResult(user.getUsername(), groups(user));
    }

    private CredentialValidationResult validateToken(TokenCredential credential) {
        ApiToken token = em.createQuery("SELECT t FROM ApiToken t WHERE t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", Tokens.hash(credential.token())).getResultStream().findFirst().orElse(null);
        LocalDateTime now = now();
        if (token == null || token.getRevokedAt() != null || !token.getExpiresAt().isAfter(now)
                || !token.getUser().isEnabled()) {
            LOG.info(() -> "API token refused (" + (token == null ? "unknown" : "token " + token.getTokenPrefix()
                    + "… revoked, expired or its user disabled") + ")");
            return CredentialValidationResult.INVALID_RESULT;
        }
        // "last used" to the minute: one write per token and minute, not one per request (clients call in parallel)
        if (token.getLastUsedAt() == null || token.getLastUsedAt().isBefore(now.minusMinutes(1))) {
            em.createQuery("UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id")
                    .setParameter("now", now).setParameter("id", token.getId()).executeUpdate();
        }
        return new CredentialValidationResult(token.getUser().getUsername(), groups(token.getUser()));
    }

    /**
     * Login bookkeeping as a plain UPDATE: it is no change of the user (no new version, no trail entry), and
     * concurrent requests of one user (every API call authenticates) must not collide on the user's version.
     */
    private void recordLogin(UserAccount user, int failedLogins, LocalDateTime lockedUntil, LocalDateTime lastLoginAt) {
        em.createQuery("UPDATE UserAccount u SET u.failedLogins = :failed, u.lockedUntil = :locked, u.lastLoginAt = :last"
                        + " WHERE u.id = :id")
                .setParameter("failed", failedLogins).setParameter("locked", lockedUntil).setParameter("last", lastLoginAt)
                .setParameter("id", user.getId()).executeUpdate();
    }

    static Set<String> groups(UserAccount user) {
        return user.getRoles().stream().map(Role::roleName).collect(Collectors.toSet());
    }

    private static String safe(String text) {
        return text == null ? "" : text.replaceAll("[^\\p{L}\\p{N}._@-]", "?");
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).withNano(0);
    }
}
