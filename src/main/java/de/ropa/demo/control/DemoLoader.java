package de.ropa.demo.control;

import de.ropa.exchange.boundary.ExchangeService;
import de.ropa.exchange.boundary.RegisterDocument;
import de.ropa.organisations.boundary.OrganisationService;
import de.ropa.organisations.entity.Organisation;
import de.ropa.platform.boundary.JsonbConfiguration;
import de.ropa.security.control.PasswordHashing;
import de.ropa.security.control.SystemAccess;
import de.ropa.security.entity.Role;
import de.ropa.security.entity.UserAccount;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode, loads the sample organisation (a painting business in Cologne using WhatsApp Business,
 * WhatsApp on private phones, Teams and Threema Work) once, through the same import every client uses.
 */
@ApplicationScoped
@Transactional
public class DemoLoader {

    static final String DOCUMENT = "/demo/demo-register.json";
    private static final Logger LOG = Logger.getLogger(DemoLoader.class.getName());

    @Inject
    @ConfigProperty(name = "ropa.demo", defaultValue = "false")
    boolean demo;

    @Inject
    OrganisationService organisations;

    @Inject
    ExchangeService exchange;

    @PersistenceContext(unitName = "ropa")
    EntityManager em;

    /** The demo accounts, one per role; the login page shows them only in demo mode. */
    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount(Role.DPO, "demo-dpo", "demo-dpo-2026"),
            new DemoAccount(Role.AUDITOR, "demo-auditor", "demo-auditor-2026"),
            new DemoAccount(Role.INTEGRATION, "demo-integration", "demo-integration-2026"),
            new DemoAccount(Role.ADMIN, "demo-admin", "demo-admin-2026"));

    @Inject
    PasswordHashing hashing;

    @Inject
    de.ropa.audit.control.AuditTrail trail;

    void loadOnStart(@Observes @Priority(10) @Initialized(ApplicationScoped.class) Object started) {
        if (demo) {
            SystemAccess.run(() -> {
                load();
                return null;
            });
            return;
        }
        List<String> left = em.createQuery("SELECT u.username FROM UserAccount u WHERE u.demo = TRUE ORDER BY u.username",
                String.class).getResultList();
        if (!left.isEmpty()) {
            LOG.warning(() -> "Demo mode is off, but the demo accounts " + left + " are still in the database. They cannot"
                    + " log in (their passwords are public); delete them under Administration > Users.");
        }
    }

    private void load() {
        RegisterDocument document = document();
        boolean present = !em.createQuery("SELECT o FROM Organisation o WHERE o.name = :name", Organisation.class)
                .setParameter("name", document.organisation.name).setMaxResults(1).getResultList().isEmpty();
        if (present) {
            LOG.info(() -> "Demo mode: sample organisation \"" + document.organisation.name + "\" is already there");
            return;
        }
        Organisation organisation = organisations.create(document.organisation);
        Map<String, Integer> counts = exchange.importInto(organisation.getId(), document);
        ACCOUNTS.forEach(account -> createAccount(account, organisation.getId()));
        LOG.info(() -> "Demo mode: loaded sample organisation \"" + organisation.getName() + "\" (id "
                + organisation.getId() + "): " + counts + ", and the demo accounts shown on the login page");
    }

    private void createAccount(DemoAccount account, long organisationId) {
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
        Map<String, Object> after = new java.util.LinkedHashMap<>();
        after.put("username", user.getUsername());
        after.put("roles", List.copyOf(user.getRoles()));
        after.put("organisationIds", List.copyOf(memberships));
        trail.record(null, "USER", user.getId(), user.getUsername(), created ? "CREATE" : "UPDATE", null, after);
    }

    /** A demo login: role, user name and password (demo mode only). */
    public record DemoAccount(Role role, String username, String password) {
    }

    public boolean enabled() {
        return demo;
    }

    static RegisterDocument document() {
        Jsonb jsonb = new JsonbConfiguration().getContext(RegisterDocument.class);
        try (InputStream in = DemoLoader.class.getResourceAsStream(DOCUMENT)) {
            return jsonb.fromJson(in, RegisterDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
