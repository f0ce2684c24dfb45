package de.ropa.security.control;

import de.ropa.platform.control.DatabaseLocation;
import de.ropa.platform.control.Trail;
import de.ropa.platform.entity.ObjectKind;
import de.ropa.platform.entity.Role;
import de.ropa.security.entity.UserAccount;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * First start: with no users at all, creates the user {@code admin} with the password from
 * ROPA_ADMIN_PASSWORD (or -Dropa.admin.password), or else with a random one that must be changed at the
 * first login. A random password is written to a file in the data directory that only the server's user
 * may read (never into the log, which is often readable by others) and deleted once it has been changed.
 */
@ApplicationScoped
@Transactional
public class AdminBootstrap {

    static final String ADMIN = "admin";
    static final String PASSWORD_FILE = "initial-admin-password.txt";
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @PersistenceContext(unitName = "ropa")
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    @ConfigProperty(name = "ropa.data.dir")
    String dataDirectory;

    @Inject
    Trail trail;

    @Inject
    @ConfigProperty(name = "ropa.admin.password")
    Optional<String> configuredPassword;

    void createFirstAdmin(@Observes @Priority(5) @Initialized(ApplicationScoped.class) Object started) {
        trail.oneAtATime(); // two servers starting on an empty database: one creates the admin, the other finds it
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
        admin.setPasswordHash(hashing.generate(password));
        admin.setMustChangePassword(generated);
        admin.setRoles(Set.of(Role.ADMIN));
        em.persist(admin);
        em.flush();
        SystemAccess.run(() -> {
            trail.record(null, ObjectKind.USER, admin.getId(), ADMIN, "CREATE", null,
                    Map.of("username", ADMIN, "roles", List.of(Role.ADMIN), "enabled", true));
            return null;
        });
        if (generated) {
            announce(password);
        } else {
            LOG.info("First start: created user \"admin\" with the password from ROPA_ADMIN_PASSWORD");
        }
    }

    private void announce(String password) {
        Path file = passwordFile();
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, ownerOnly());
            Files.writeString(file, password + System.lineSeparator());
            LOG.info("First start: created user \"admin\" with a one-time password, to be changed at the first login. It is"
                    + " in " + file + " (readable only by the server's user; deleted when the password is changed).");
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warning("First start: created user \"admin\" with the one-time password " + password + ", to be changed at"
                    + " the first login (" + file + " could not be written: " + e + ")");
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
    }

    Path passwordFile() {
        return DatabaseLocation.of(null, dataDirectory).dataDirectory().orElseThrow().resolve(PASSWORD_FILE);
    }

    /** The one-time password has been replaced: its file goes. */
    public void discardInitialPassword() {
        try {
            if (Files.deleteIfExists(passwordFile())) {
                LOG.info(() -> "The one-time password of \"admin\" was changed; " + passwordFile() + " deleted");
            }
        } catch (IOException e) {
            LOG.warning(() -> passwordFile() + " could not be deleted: " + e);
        }
    }
}
