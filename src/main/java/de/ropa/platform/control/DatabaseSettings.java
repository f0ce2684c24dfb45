package de.ropa.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the database is, for messages a person can act on. The server builds the datasource from
 * server-config (ROPA_DB_URL, or an H2 file in ROPA_DATA_DIR); this reads the same settings.
 */
@ApplicationScoped
public class DatabaseSettings {

    @Inject
    @ConfigProperty(name = "ropa.db.url")
    Optional<String> jdbcUrl;

    @Inject
    @ConfigProperty(name = "ropa.data.dir")
    String dataDirectory;

    public DatabaseLocation location() {
        return DatabaseLocation.of(jdbcUrl.orElse(null), dataDirectory);
    }
}
