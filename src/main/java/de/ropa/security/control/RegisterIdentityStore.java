package de.ropa.security.control;

import de.ropa.platform.entity.Role;
import de.ropa.security.entity.ApiToken;
import de.ropa.security.entity.UserAccount;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Users and API tokens from the database. Passwords are checked with PBKDF2 ({@link PasswordHashing}); a
 * password verified in the last minutes is recognised without the slow hash ({@link VerifiedPasswords}).
 * Tokens are checked by the SHA-256 hash stored for them; a token found valid is trusted for
 * {@link AccountStates#FRESH_FOR} without reading it again (its account's state is checked on every request). Five failed passwords lock an account for 15
 * minutes, counted in the database row itself so that parallel guesses cannot slip past the count. Unknown,
 * disabled and locked users cost the same hashing work as known ones, so timing does not tell which exist.
 * Logins are logged, passwords and tokens never.
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
    PasswordHashing hashing;

    @Inject
    VerifiedPasswords verified;

    @Inject
    AccountStates states;

    /** A token found valid, by its hash: an API client's requests come many a second, each with the token. */
    private record KnownToken(long userId, String username, LocalDateTime expiresAt, long readAt) {
    }

    static final int MAX_KNOWN_TOKENS = 10_000;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final Map<String, KnownToken> knownTokens = new ConcurrentHashMap<>();

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
        String password = credential.getPasswordAsString();
        UserAccount user = em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :name", UserAccount.class)
                .setParameter("name", username).getResultStream().findFirst().orElse(null);
        LocalDateTime now = now();
        String refusal = user == null ? "unknown user" : user.getPasswordHash() == null ? "no password (token-only client)"
                : !user.isEnabled() ? "disabled" : !states.mayLogIn(user) ? "demo account outside demo mode"
                : user.getLockedUntil() != null && user.getLockedUntil().isAfter(now) ? "locked until " + user.getLockedUntil()
                : null;
        if (refusal != null) {
            hashing.verifyNothing(password);
            LOG.info(() -> "Login refused for \"" + safe(username) + "\": " + refusal);
            return CredentialValidationResult.INVALID_RESULT;
        }
        String stored = user.getPasswordHash();
        boolean right = verified.knows(username, password, stored) || hashing.verify(password, stored);
        if (!right) {
            countFailure(user, now);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (PasswordHashing.isOutdated(stored)) {
            stored = upgradeHash(user, password);
        }
        verified.remember(username, password, stored);
        // an API client sending Basic credentials logs in with every request: the last login is kept to the
        // minute, so that reading does not write (failures and locks are always cleared at once)
        if (user.getFailedLogins() != 0 || user.getLockedUntil() != null || user.getLastLoginAt() == null
                || user.getLastLoginAt().isBefore(now.minusMinutes(1))) {
            em.createQuery("UPDATE UserAccount u SET u.failedLogins = 0, u.lockedUntil = NULL, u.lastLoginAt = :now"
                    + " WHERE u.id = :id").setParameter("now", now).setParameter("id", user.getId()).executeUpdate();
        }
        LOG.fine(() -> "Login of user \"" + user.getUsername() + "\"");
        return new CredentialValidationResult(user.getUsername(), groups(user));
    }

    /**
     * Counts a failure in the row (the UPDATE holds the row lock until commit, so parallel failures queue up
     * and none is lost) and locks the account when the count reaches the limit.
     */
    private void countFailure(UserAccount user, LocalDateTime now) {
        em.createQuery("UPDATE UserAccount u SET u.failedLogins = u.failedLogins + 1 WHERE u.id = :id")
                .setParameter("id", user.getId()).executeUpdate();
        int locked = em.createQuery("UPDATE UserAccount u SET u.failedLogins = 0, u.lockedUntil = :until"
                        + " WHERE u.id = :id AND u.failedLogins >= :max")
                .setParameter("until", now.plusMinutes(LOCK_MINUTES)).setParameter("id", user.getId())
                .setParameter("max", MAX_FAILED_LOGINS).executeUpdate();
        if (locked > 0) {
            verified.forget(user.getPasswordHash());
            LOG.warning(() -> "User \"" + user.getUsername() + "\" locked for " + LOCK_MINUTES + " minutes after "
                    + MAX_FAILED_LOGINS + " failed logins");
        }
        LOG.info(() -> "Login failed for user \"" + user.getUsername() + "\" (wrong password)");
    }

    /** Replaces a hash of weaker parameters by one of today's strength (no new version: the user did not change). */
    private String upgradeHash(UserAccount user, String password) {
        String stronger = hashing.generate(password);
        em.createQuery("UPDATE UserAccount u SET u.passwordHash = :hash WHERE u.id = :id AND u.passwordHash = :old")
                .setParameter("hash", stronger).setParameter("id", user.getId()).setParameter("old", user.getPasswordHash())
                .executeUpdate();
        LOG.info(() -> "Password hash of user \"" + user.getUsername() + "\" raised to " + PasswordHashing.ITERATIONS
                + " iterations");
        return stronger;
    }

    private CredentialValidationResult validateToken(TokenCredential credential) {
        String hash = Tokens.hash(credential.token());
        LocalDateTime now = now();
        KnownToken known = knownTokens.get(hash);
        if (known != null && System.nanoTime() - known.readAt() < AccountStates.FRESH_FOR.toNanos()
                && known.expiresAt().isAfter(now)) {
            // read a moment ago: its account's state (enabled, roles) comes from AccountStates, as fresh
            Optional<AccountStates.AccountState> state = states.current(known.username());
            // the same account, not one that took the name of a deleted or renamed one
            if (state.isPresent() && state.get().active() && state.get().id() == known.userId()) {
                return new CredentialValidationResult(known.username(), state.get().groups());
            }
        }
        knownTokens.remove(hash);
        ApiToken token = em.createQuery("SELECT t FROM ApiToken t WHERE t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", hash).getResultStream().findFirst().orElse(null);
        if (token == null || token.getRevokedAt() != null || !token.getExpiresAt().isAfter(now)
                || !states.mayLogIn(token.getUser())) {
            LOG.info(() -> "API token refused (" + (token == null ? "unknown" : "token " + token.getTokenPrefix()
                    + "… revoked, expired or its user disabled") + ")");
            return CredentialValidationResult.INVALID_RESULT;
        }
        // "last used" to the minute: one write per token and minute, not one per request (clients call in parallel)
        if (token.getLastUsedAt() == null || token.getLastUsedAt().isBefore(now.minusMinutes(1))) {
            em.createQuery("UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id")
                    .setParameter("now", now).setParameter("id", token.getId()).executeUpdate();
        }
        if (knownTokens.size() >= MAX_KNOWN_TOKENS) {
            knownTokens.clear();
        }
        knownTokens.put(hash, new KnownToken(token.getUser().getId(), token.getUser().getUsername(), token.getExpiresAt(),
                System.nanoTime()));
        return new CredentialValidationResult(token.getUser().getUsername(), groups(token.getUser()));
    }

    /**
     * Forgets a token checked before, so that its revocation holds on this node at once (on others within
     * {@link AccountStates#FRESH_FOR}): now, and again when the revoking transaction has ended.
     */
    public void forgetToken(String tokenHash) {
        knownTokens.remove(tokenHash);
        AfterCommit.run(transactions, () -> knownTokens.remove(tokenHash));
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
