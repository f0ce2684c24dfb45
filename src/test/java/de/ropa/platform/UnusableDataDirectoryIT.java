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

            server.withDataDir(unusable).startAndAwaitLog(unusable.toString(), Duration.ofSeconds(120));

            // Payara: our check's message. WildFly: Hibernate needs the database before any application code
            // runs, so the first word is H2's ("Log file error: <data directory>/ropa.trace.db").
            assertTrue(server.log().contains(unusable.toString()), "the log names the data directory");
            for (int attempt = 0; attempt < 10; attempt++) {
                assertNotEquals(200, healthStatus(server), "must never answer healthy");
                Thread.sleep(1000);
            }
            assertTrue(Files.isRegularFile(blocker), "nothing was created in place of the file");
        }
    }

    private static int healthStatus(ServerProcess server) {
        try {
            return new Http(server.baseUri()).get("api/v1/health").status();
        } catch (RuntimeException notListening) {
            return -1;
        }
    }
}
