package de.ropa.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's haproxy in front of a cluster's two nodes, run with the product's own configuration
 * (server-config/haproxy/haproxy.cfg) on this machine's loopback, as an operator runs it.
 */
public final class Balancer implements AutoCloseable {

    private static final Path CONFIGURATION = Path.of("server-config/haproxy/haproxy.cfg");

    private final int port;
    private final Process process;
    private final Path log;

    private Balancer(int port, Process process, Path log) {
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts haproxy on {@code port}, balancing over the nodes' HTTP ports, and waits until it listens. */
    public static Balancer start(Path workDir, int port, int node1Port, int node2Port) {
        try {
            Files.createDirectories(workDir);
            Path log = workDir.resolve("haproxy.log");
            ProcessBuilder builder = new ProcessBuilder(List.of(haproxy(), "-db", "-f",
                    CONFIGURATION.toAbsolutePath().toString()));
            builder.environment().put("ROPA_LB_BIND", "127.0.0.1:" + port);
            builder.environment().put("ROPA_NODE1", "127.0.0.1:" + node1Port);
            builder.environment().put("ROPA_NODE2", "127.0.0.1:" + node2Port);
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
            Balancer balancer = new Balancer(port, builder.start(), log);
            balancer.awaitListening();
            return balancer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String haproxy() {
        return Files.isExecutable(Path.of("/usr/sbin/haproxy")) ? "/usr/sbin/haproxy" : "haproxy";
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + port + "/ropa/");
    }

    /** What haproxy printed (its warnings and alerts, e.g. a node going down). */
    public String log() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitListening() {
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("haproxy exited with " + process.exitValue() + ": " + log());
            }
            try (Socket probe = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("haproxy did not listen on " + port + " within 10 s: " + log());
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How long haproxy takes at most to see a node down (three failed checks a second apart) or up again. */
    public static Duration checkWindow() {
        return Duration.ofSeconds(4);
    }
}
