package de.ropa.platform.control;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else runs. If the database cannot be opened or migrated,
 * the deployment fails with a message naming the data directory, so the product never runs half-working.
 */
@ApplicationScoped
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/ropa")
    DataSource dataSource;

    @Inject
    DatabaseSettings settings;

    void migrateOnStart(@Observes @Priority(1) @Initialized(ApplicationScoped.class) Object started) {
        DatabaseLocation location = settings.location();
        location.dataDirectoryProblem().ifPresent(problem -> {
            throw fail("The database cannot be opened: " + problem
                    + ". Set ROPA_DATA_DIR (or -Dropa.data.dir) to a writable directory.", null);
        });
        try {
            MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            LOG.info(() -> "Database ready in " + location.describe() + ", schema version "
                    + (result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion)
                    + " (" + result.migrationsExecuted + " migrations applied now)");
        } catch (RuntimeException e) {
            throw fail("The database in " + location.describe() + " cannot be opened or migrated: "
                    + rootMessage(e) + ". Check that the directory is writable and not used by another"
                    + " running instance, or set ROPA_DATA_DIR / ROPA_DB_URL.", e);
        }
    }

    private static IllegalStateException fail(String message, Throwable cause) {
        LOG.log(Level.SEVERE, message, cause);
        return new IllegalStateException(message, cause);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
