package de.ropa.security.control;

import de.ropa.security.entity.UserAccount;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The current state of each account as the authentication mechanism needs it on every request: whether it
 * may log in at all, its roles, its version (any change by an admin moves it) and whether its password must
 * be changed, and the organisations it may see. Read from the database at most every {@link #FRESH_FOR}; a change on
 * this node is seen at once, one made through another node within that time.
 */
@ApplicationScoped
@Transactional
public class AccountStates {

    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    /**
     * What a session or request may rely on; {@code active} is false for disabled and refused demo accounts;
     * {@code organisations} are those the account is a member of.
     */
    public record AccountState(long id, String username, long version, boolean active, boolean mustChangePassword,
                               Set<String> groups, Set<Long> organisations, long readAt) {
    }

    @PersistenceContext(unitName = "ropa")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "ropa.demo", defaultValue = "false")
    boolean demoMode;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final Map<String, AccountState> states = new ConcurrentHashMap<>();

    /** The account's state, or empty when it no longer exists. */
    public Optional<AccountState> current(String username) {
        AccountState known = states.get(username);
        long now = System.nanoTime();
        if (known != null && now - known.readAt() < FRESH_FOR.toNanos()) {
            return Optional.of(known);
        }
        Optional<AccountState> read = em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :name", UserAccount.class)
                .setParameter("name", username).getResultStream().findFirst()
                .map(user -> new AccountState(user.getId(), user.getUsername(), user.getVersion(), mayLogIn(user),
                        user.isMustChangePassword(), RegisterIdentityStore.groups(user), Set.copyOf(user.getOrganisationIds()),
                        now));
        read.ifPresentOrElse(state -> states.put(username, state), () -> states.remove(username));
        if (states.size() > 10_000) {
            states.clear();
        }
        return read;
    }

    /** Enabled, and not a demo account outside demo mode (its password is printed on the demo login page). */
    boolean mayLogIn(UserAccount user) {
        return user.isEnabled() && (!user.isDemo() || demoMode);
    }

    /**
     * Forgets what is known of an account that changes, so the next request reads it afresh: now, and once more
     * when the changing transaction has ended, since a request in between reads the account as it still is.
     */
    public void forget(String username) {
        states.remove(username);
        AfterCommit.run(transactions, () -> states.remove(username));
    }
}
