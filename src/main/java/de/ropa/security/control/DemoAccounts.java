package de.ropa.security.control;

import de.ropa.platform.control.Trail;
import de.ropa.platform.entity.ObjectKind;
import de.ropa.platform.entity.Role;
import de.ropa.security.entity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo accounts, one per role, with public passwords: created for the sample organisation in demo mode
 * ({@code ropa.demo=true}), shown on the login page only then, and refused at login otherwise (AccountStates).
 */
@ApplicationScoped
@Transactional
public class DemoAccounts {

    /** A demo login: role, user name and password (demo mode only). */
    public record DemoAccount(Role role, String username, String password) {
    }

    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount(Role.DPO, "demo-dpo", "demo-dpo-2026"),
            new DemoAccount(Role.AUDITOR, "demo-auditor", "demo-auditor-2026"),
            new DemoAccount(Role.INTEGRATION, "demo-integration", "demo-integration-2026"),
            new DemoAccount(Role.ADMIN, "demo-admin", "demo-admin-2026"));

    @Inject
    @ConfigProperty(name = "ropa.demo", defaultValue = "false")
    boolean demo;

    @Inject
    PasswordHashing hashing;

    @Inject
    Trail trail;

    @PersistenceContext(unitName = "ropa")
    EntityManager em;

    public boolean enabled() {
        return demo;
    }

    /** The accounts the login page shows: all of them in demo mode, none otherwise. */
    public List<DemoAccount> shown() {
        return demo ? ACCOUNTS : List.of();
    }

    /** Creates the demo accounts (or renews their passwords) as members of this organisation. */
    public void ensure(long organisationId) {
        ACCOUNTS.forEach(account -> ensure(account, organisationId));
    }

    /** User names of demo accounts still in the database. */
    public List<String> leftOver() {
        return em.createQuery("SELECT u.username FROM UserAccount u WHERE u.demo = TRUE ORDER BY u.username", String.class)
                .getResultList();
    }

    private void ensure(DemoAccount account, long organisationId) {
        UserAccount user = em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :name", UserAccount.class)
                .setParameter("name", account.username()).getResultStream().findFirst().orElseGet(UserAccount::new);
        user.setUsername(account.username());
        user.setDisplayName("Demo " + account.role().roleName());
        user.setEnabled(true);
        user.setPasswordHash(hashing.generate(account.password()));
        user.setDemo(true);
        user.setRoles(Set.of(account.role()));
        Set<Long> memberships = new HashSet<>(user.getOrganisationIds());
        memberships.add(organisationId);
        user.setOrganisationIds(memberships);
        boolean created = user.getId() == null;
        if (created) {
            em.persist(user);
            em.flush();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("username", user.getUsername());
        after.put("roles", List.copyOf(user.getRoles()));
        after.put("organisationIds", List.copyOf(memberships));
        trail.record(null, ObjectKind.USER, user.getId(), user.getUsername(), created ? "CREATE" : "UPDATE", null, after);
    }
}
