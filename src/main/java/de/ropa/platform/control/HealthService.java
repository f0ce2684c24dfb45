package de.ropa.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Answers "is the register working?": product version, database reachable, schema version. */
@ApplicationScoped
public class HealthService {

    private static final Logger LOG = Logger.getLogger(HealthService.class.getName());
    private static final int QUERY_TIMEOUT_SECONDS = 5;
    private static final String SCHEMA_VERSION_SQL = "SELECT \"version\" FROM \"flyway_schema_history\""
            + " WHERE \"success\" = TRUE AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC";

    @Resource(lookup = "java:app/jdbc/ropa")
    DataSource dataSource;

    @Inject
    DatabaseSettings settings;

    private final String productVersion = readProductVersion();

    public Health check() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            statement.setMaxRows(1);
            try (ResultSet rows = statement.executeQuery(SCHEMA_VERSION_SQL)) {
                String schemaVersion = rows.next() ? rows.getString(1) : null;
                return new Health(productVersion, true, connection.getMetaData().getDatabaseProductName(),
                        schemaVersion, null);
            }
        } catch (SQLException | RuntimeException e) {
            String problem = "database not reachable in " + settings.location().describe();
            LOG.log(Level.WARNING, "Health check failed: " + problem, e);
            return new Health(productVersion, false, null, null, problem);
        }
    }

    public String productVersion() {
        return productVersion;
    }

    private static String readProductVersion() {
        try (InputStream in = HealthService.class.getResourceAsStream("/ropa-version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The outcome of one check; {@code problem} says what is wrong when the database is not reachable. */
    public record Health(String productVersion, boolean databaseReachable, String databaseProduct,
                         String schemaVersion, String problem) {
    }
}
