package de.ropa.platform;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.testing.Http;
import de.ropa.testing.ServerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A data directory that cannot be used stops the product with a log message naming it; the product
 * does not start half-working.
 */
class UnusableDataDirectoryIT {

    @Test
    void aDataDirectoryBlockedByAFileFailsTheDeploymentWithAClearMessage() throws Exception {
        try (ServerProcess server = ServerProcess.forSuite("bad-data-dir")) {
            Files.createDirectories(server.dataDir().getParent());
            Path blocker = Files.writeString(server.dataDir().getParent().resolve("blocker"), "not a directory");
            Path unusable = blocker.resolve("data");

            server.withDataDir(unusable).startAndAwaitLog("cannot be opened", Duration.ofSeconds(120));

            String log = server.log();
            assertTrue(log.contains("The database cannot be opened: data directory " + unusable), log);
            assertTrue(log.contains("ROPA_DATA_DIR"), "tells how to fix it");
            Http.Answer health = new Http(server.baseUri()).get("api/v1/health");
            assertNotEquals(200, health.status(), "must not answer healthy: " + health);
            assertTrue(Files.isRegularFile(blocker), "nothing was created in place of the file");
        }
    }
}
