package de.ropa.build;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Build step before the PostgreSQL test run (exec-maven-plugin, execution reset-postgresql): empties the
 * test database, so every run starts from the migrations like the H2 runs do. Arguments: JDBC URL, user,
 * password. Fails the build, with the reason, when PostgreSQL cannot be reached: the suite needs it.
 */
public final class ResetDatabase {

    private ResetDatabase() {
    }

    public static void main(String[] args) throws SQLException {
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2]); Statement sql = db.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS public CASCADE");
            sql.execute("CREATE SCHEMA public");
            System.out.println("reset PostgreSQL test database " + args[0]);
        } catch (SQLException e) {
            throw new SQLException("PostgreSQL for the integration tests is not reachable at " + args[0] + " as " + args[1]
                    + " (.ci/run installs and starts it; see README, Test): " + e.getMessage(), e);
        }
    }
}
