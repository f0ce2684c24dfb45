package de.ropa.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The test server's own database, reached with plain JDBC: for what only SQL behind the product's back can do. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static Connection connect() throws SQLException {
        String url = System.getProperty("it.db.url");
        if (url == null) {
            throw new IllegalStateException("it.db.url is not set (pom.xml sets it per server)");
        }
        return DriverManager.getConnection(url, System.getProperty("it.db.user", "ropa"), System.getProperty("it.db.password", ""));
    }
}
