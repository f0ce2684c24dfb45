package de.ropa.security.control;

import de.ropa.audit.control.AuditTrail;
import de.ropa.security.entity.Role;
import de.ropa.security.entity.UserAccount;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * First start: with no users at all, creates the user {@code admin} with the password from
 * ROPA_ADMIN_PASSWORD (or -Dropa.admin.password), or else a random one printed once in the log.
 */
@ApplicationScoped
@Transactional
public class AdminBootstrap {

    static final String ADMIN = "admin";
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @PersistenceContext(unitName = "ropa")
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    AuditTrail trail;

    @Inject
    @ConfigProperty(name = "ropa.admin.password")
    Optional<String> configuredPassword;

    void createFirstAdmin(@Observes @Priority(5) @Initialized(ApplicationScoped.class) Object started) {
        Long users = em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult();
        if (users > 0) {
            return;
        }
        boolean generated = configuredPassword.filter(p -> !p.isBlank()).isEmpty();
        String password = generated ? Tokens.newPassword() : configuredPassword.get();
        UserAccount admin = new UserAccount();
        admin.setUsername(ADMIN);
        admin.setDisplayName("Administrator");
        admin.setEnabled(true);
        admin.setPasswordHash(passwordHash.generate(password.toCharArray()));
        admin.setRoles(Set.of(Role.ADMIN));
        em.persist(admin);
        em.flush();
        SystemAccess.run(() -> trail.record(null, "USER", admin.getId(), ADMIN, "CREATE", null,
                Map.of("username", ADMIN, "roles", List.of(Role.ADMIN), "enabled", true)));
        if (generated) {
            LOG.warning("First start: created user \"admin\" with the one-time password " + password
                    + " (shown only now). Log in and set your own, or set ROPA_ADMIN_PASSWORD before the first start.");
        } else {
            LOG.info("First start: created user \"admin\" with the password from ROPA_ADMIN_PASSWORD");
        }
    }
}
