package de.ropa.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The product as a user runs it: a real WildFly or Payara Micro process with the WAR deployed and an H2
 * data directory, which a test can stop gracefully, kill hard and start again. Used where Arquillian's
 * one-server-per-class lifecycle cannot help (restart and crash tests).
 */
public final class ServerProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final String server;
    private final Path workDir;
    private Path dataDir;
    private final int httpPort;
    private final Path war;
    private final java.util.Map<String, String> environment = new java.util.HashMap<>();
    private Process process;
    private int starts;
    private String heap = "768m";
    private Path payaraProperties;
    private Path wildflyHome = Path.of(System.getProperty("wildfly.home", "target/server"));
    private List<String> nodeArguments = List.of();

    private ServerProcess(String server, Path workDir, Path dataDir, int httpPort, Path war) {
        this.server = server;
        this.workDir = workDir;
        this.dataDir = dataDir;
        this.httpPort = httpPort;
        this.war = war;
    }

    /** A server of the suite's kind ({@code ropa.server}) in its own work directory under target/it-work. */
    public static ServerProcess forSuite(String name) {
        String server = Deployments.server();
        Path work = Path.of(System.getProperty("it.work.dir", "target/it-work")).resolve(server + "-" + name)
                .toAbsolutePath();
        int port = "wildfly".equals(server) ? 8080 + 300 : 8380;
        return new ServerProcess(server, work, work.resolve("data"), port, defaultWar());
    }

    /** WildFly on its usual port 8080 with this WAR, configuration and data under {@code workDir} (the benchmark). */
    public static ServerProcess wildfly(Path workDir, Path war) {
        return new ServerProcess("wildfly", workDir.toAbsolutePath(), workDir.toAbsolutePath().resolve("data"), 8080,
                war.toAbsolutePath());
    }

    /**
     * Payara Micro on port 8080 with this WAR, its data under {@code workDir}, a heap of {@code heap} (e.g. "512m") and
     * these system properties (the benchmark).
     */
    public static ServerProcess payara(Path workDir, Path war, String heap, Path properties) {
        ServerProcess payara = new ServerProcess("payara", workDir.toAbsolutePath(),
                workDir.toAbsolutePath().resolve("data"), 8080, war.toAbsolutePath());
        payara.heap = heap;
        payara.payaraProperties = properties.toAbsolutePath();
        return payara;
    }

    /**
     * A node of a cluster (ClusterIT) of the suite's kind: WildFly from the installation with replicated sessions
     * ({@code wildfly.cluster.home}), or Payara Micro clustered through Hazelcast; HTTP on {@code httpPort}, its
     * configuration and logs under {@code workDir}, and the node's own arguments (name, ports, peers).
     */
    public static ServerProcess clusterNode(Path workDir, int httpPort, List<String> arguments) {
        ServerProcess node = new ServerProcess(Deployments.server(), workDir.toAbsolutePath(),
                workDir.toAbsolutePath().resolve("data"), httpPort, defaultWar());
        node.wildflyHome = Path.of(System.getProperty("wildfly.cluster.home", "target/server-ha"));
        node.nodeArguments = List.copyOf(arguments);
        node.payaraProperties = Path.of("server-config/payara/postgresql.properties").toAbsolutePath();
        return node;
    }

    public int httpPort() {
        return httpPort;
    }

    /** CPU seconds the server's processes (the script and its JVM) have used so far; -1 where /proc is missing. */
    public double cpuSeconds() {
        if (process == null) {
            return -1;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        double ticks = 0;
        for (ProcessHandle handle : tree) {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(handle.pid()), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
            } catch (IOException | RuntimeException gone) {
                return -1;
            }
        }
        return ticks / 100.0; // USER_HZ
    }

    public String kind() {
        return server;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Sets an environment variable for the next start (e.g. ROPA_DEMO=true). */
    public ServerProcess withEnvironment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Uses another data directory (e.g. one that cannot work) from the next start on. */
    public ServerProcess withDataDir(Path directory) {
        this.dataDir = directory;
        return this;
    }

    /** Everything the server wrote to its console so far. */
    public String log() {
        try {
            return Files.exists(logFile()) ? Files.readString(logFile()) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts the server when it is expected not to become healthy, and waits until its console shows
     * {@code text} (or the timeout passes); the caller then inspects {@link #log()} and the API.
     */
    public ServerProcess startAndAwaitLog(String text, Duration timeout) {
        launch();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline) && !log().contains(text) && process.isAlive()) {
            sleep(Duration.ofMillis(500));
        }
        return this;
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + httpPort + "/ropa/");
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Starts the server and returns once the health endpoint answers 200. */
    public ServerProcess start() {
        launch();
        awaitHealthy();
        return this;
    }

    private void launch() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        try {
            Files.createDirectories(workDir);
            ProcessBuilder builder = "wildfly".equals(server) ? wildfly() : payara();
            builder.environment().put("ROPA_DATA_DIR", dataDir.toString());
            // the shared test database must not leak into this server: it runs on an H2 file of its own
            List.of("ROPA_DB_URL", "ROPA_DB_USER", "ROPA_DB_PASSWORD", "ROPA_DB_DATASOURCE_CLASS")
                    .forEach(builder.environment()::remove);
            builder.environment().putAll(environment);
            builder.redirectErrorStream(true);
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
            starts++;
            Files.writeString(logFile(), System.lineSeparator() + "=== start " + starts + " ===" + System.lineSeparator(),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ProcessBuilder wildfly() throws IOException {
        Path home = wildflyHome.toAbsolutePath();
        Path base = workDir.resolve("standalone");
        if (!Files.exists(base)) {
            copyTree(home.resolve("standalone/configuration"), base.resolve("configuration"));
            // a test run that was stopped hard leaves its Arquillian deployment in the shared configuration
            Path config = base.resolve("configuration/standalone.xml");
            Files.writeString(config, Files.readString(config).replaceAll("(?s)\\s*<deployments>.*?</deployments>", ""));
            Files.createDirectories(base.resolve("deployments"));
            Files.copy(war(), base.resolve("deployments/ropa.war"), StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base,
                "-Djboss.socket.binding.port-offset=" + (httpPort - 8080)));
        command.addAll(nodeArguments);
        return new ProcessBuilder(command);
    }

    private ProcessBuilder payara() {
        Path jar = Path.of(System.getProperty("payara.micro.jar", "target/payara/payara-micro.jar")).toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
                "-jar", jar.toString(), "--deploy", war().toString(),
                "--port", Integer.toString(httpPort),
                "--prebootcommandfile", Path.of("server-config/payara/pre-boot.asadmin").toAbsolutePath().toString(),
                "--systemProperties", payaraProperties != null ? payaraProperties.toString()
                        : System.getProperty("payara.properties", "server-config/payara/h2.properties")));
        // a lone server stays out of any cluster; a node joins its peers with the arguments it was given
        command.addAll(nodeArguments.isEmpty() ? List.of("--nocluster") : nodeArguments);
        return new ProcessBuilder(command);
    }

    private Path war() {
        return war;
    }

    private static Path defaultWar() {
        return Path.of(System.getProperty("ropa.war", "target/ropa.war")).toAbsolutePath();
    }

    private Path logFile() {
        return workDir.resolve("server.log");
    }

    private void awaitHealthy() {
        Http http = new Http(baseUri());
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(server + " exited with " + process.exitValue() + "; see " + logFile());
            }
            try {
                if (http.get("api/v1/health").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // connection refused while the server boots
            }
            sleep(Duration.ofMillis(500));
        }
        kill();
        throw new IllegalStateException(server + " did not become healthy within " + START_TIMEOUT + "; see " + logFile());
    }

    /** Graceful stop (SIGTERM to the JVM), as a user pressing Ctrl+C. */
    public void stop() {
        terminate(false);
    }

    /** Hard kill (SIGKILL): no shutdown hook, no flush, as a power cut. */
    public void kill() {
        terminate(true);
    }

    private void terminate(boolean hard) {
        if (process == null) {
            return;
        }
        // standalone.sh runs the JVM as a child: signal and await every process of the tree
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(handle -> {
            if (hard) {
                handle.destroyForcibly();
            } else {
                handle.destroy();
            }
        });
        Instant deadline = Instant.now().plusSeconds(90);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(Math.max(1, Duration.between(Instant.now(), deadline).toSeconds()), TimeUnit.SECONDS);
            } catch (Exception notYet) {
                handle.destroyForcibly();
            }
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
