package de.ropa.platform.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The health answer when the database cannot be reached (the resource turns it into 503). */
class HealthServiceTest {

    /** A database that is gone: every connection attempt fails, as when the H2 file is locked or the server down. */
    static final class UnreachableDatabase implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            throw new SQLException("Connection refused");
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }

    @Test
    void anUnreachableDatabaseIsReportedWithItsLocation() {
        HealthService service = new HealthService();
        service.dataSource = new UnreachableDatabase();
        service.settings = new DatabaseSettings();
        service.settings.jdbcUrl = Optional.empty();
        service.settings.dataDirectory = "/srv/ropa-data";

        HealthService.Health health = service.check();

        assertFalse(health.databaseReachable());
        assertNull(health.schemaVersion());
        assertTrue(health.problem().contains("/srv/ropa-data"), health.problem());
        assertFalse(health.productVersion().isBlank());
    }
}
