package de.ropa.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Counts the SQL statements the database executes while something runs, in H2 itself
 * ({@code INFORMATION_SCHEMA.QUERY_STATISTICS}), reached through the server's AUTO_SERVER port: no JPA
 * provider's statistics, so it counts what really reaches the database, whichever server runs the WAR.
 */
final class SqlStatistics {

    record Count(long total, Map<String, Long> byText) {

        JsonObject byTextJson() {
            JsonObjectBuilder json = Json.createObjectBuilder();
            byText.forEach(json::add);
            return json.build();
        }
    }

    private final String url;

    SqlStatistics(String url) {
        this.url = url;
    }

    Count during(Runnable work) {
        Properties user = new Properties();
        user.setProperty("user", "ropa");
        user.setProperty("password", "");
        // the driver directly: exec:java's class loader hides it from DriverManager
        try (Connection connection = new org.h2.Driver().connect(url, user);
             Statement statement = connection.createStatement()) {
            statement.execute("SET QUERY_STATISTICS FALSE");
            statement.execute("SET QUERY_STATISTICS TRUE");
            work.run();
            Map<String, Long> byText = new TreeMap<>();
            try (ResultSet rows = statement.executeQuery("SELECT SQL_STATEMENT, EXECUTION_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
                while (rows.next()) {
                    String sql = rows.getString(1);
                    if (!sql.contains("QUERY_STATISTICS")) {
                        byText.put(sql, rows.getLong(2));
                    }
                }
            }
            statement.execute("SET QUERY_STATISTICS FALSE");
            return new Count(byText.values().stream().mapToLong(Long::longValue).sum(), byText);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read H2's query statistics: " + e.getMessage(), e);
        }
    }
}
