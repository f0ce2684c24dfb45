package de.ropa.platform.control;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the configured database lives: the data directory of the default H2 file database, or the
 * server named by any other JDBC URL (shown without credentials).
 */
public record DatabaseLocation(Optional<Path> dataDirectory, String otherDatabase) {

    /**
     * @param jdbcUrl       the configured JDBC URL, or null when the server keeps it to itself
     * @param dataDirectory the configured data directory of the H2 database; {@code ~} is the home directory
     */
    public static DatabaseLocation of(String jdbcUrl, String dataDirectory) {
        if (jdbcUrl == null || jdbcUrl.isBlank() || jdbcUrl.startsWith("jdbc:h2:")) {
            return new DatabaseLocation(Optional.of(expandHome(dataDirectory)), null);
        }
        return new DatabaseLocation(Optional.empty(), jdbcUrl.replaceAll("(?i)password=[^;&]*", "password=***"));
    }

    private static Path expandHome(String directory) {
        String path = directory.startsWith("~") ? System.getProperty("user.home") + directory.substring(1) : directory;
        return Path.of(path).toAbsolutePath().normalize();
    }

    /** A problem with the data directory that will stop H2 from opening the database, if any. */
    public Optional<String> dataDirectoryProblem() {
        return dataDirectory.flatMap(DatabaseLocation::problemWith);
    }

    private static Optional<String> problemWith(Path directory) {
        Path existing = directory;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Optional.of("data directory " + directory + " cannot be created");
        }
        if (!Files.isDirectory(existing)) {
            return Optional.of("data directory " + directory + " cannot be used: " + existing + " is not a directory");
        }
        if (!Files.isWritable(existing)) {
            return Optional.of(existing.equals(directory)
                    ? "data directory " + directory + " is not writable"
                    : "data directory " + directory + " cannot be created: " + existing + " is not writable");
        }
        return Optional.empty();
    }

    public String describe() {
        return dataDirectory.map(dir -> "data directory " + dir).orElseGet(() -> "database " + otherDatabase);
    }
}
