package de.ropa.bench;

import de.ropa.testing.ServerProcess;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The performance benchmark ({@code mvn -Pbench verify}, not part of the test command): starts the product on
 * WildFly with its default heap, imports synthetic registers of 100, 1,000 and 10,000 activities through the
 * API, and measures REST latency, findings, register PDFs against bare JasperReports, the import and the
 * server start. Prints a table and writes {@code target/bench/results.json}.
 */
public final class Benchmark {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 16);
    private static final Duration WINDOW = Duration.ofSeconds(Long.getLong("bench.seconds", 30));
    private static final List<Integer> SIZES = Arrays.stream(System.getProperty("bench.sizes", "100,1000,10000")
            .split(",")).map(String::trim).map(Integer::valueOf).sorted().toList();

    private final Path target;
    private final Path work;
    private final JsonObjectBuilder results = Json.createObjectBuilder();
    private final List<String[]> table = new ArrayList<>();
    private final JsonArrayBuilder targets = Json.createArrayBuilder();
    private ServerProcess server;
    private BenchClient client;

    private Benchmark(Path target) {
        this.target = target.toAbsolutePath();
        this.work = this.target.resolve("bench");
    }

    public static void main(String[] args) throws Exception {
        new Benchmark(Path.of(args.length > 0 ? args[0] : "target")).run();
    }

    private void run() throws Exception {
        Path war = target.resolve("ropa.war");
        BenchWar.prepare(work);
        Path benchWar = BenchWar.build(war, target.resolve("test-classes"), work.resolve("ropa-bench.war"));
        results.add("machine", machine());
        try {
            startServer(war);
            Map<Integer, Long> organisations = importRegisters();
            long largest = organisations.get(SIZES.get(SIZES.size() - 1));
            rest(largest);
            findings(largest);
            pdfs(organisations);
            boolean outOfMemory = server.log().contains("OutOfMemoryError");
            results.add("outOfMemoryError", outOfMemory);
            target("no OutOfMemoryError with a 512 MB heap at 10,000 activities", "none",
                    outOfMemory ? "OutOfMemoryError in the server log" : "none", !outOfMemory);
        } finally {
            if (server != null && !Boolean.getBoolean("bench.keep")) {
                server.stop();
            } else if (server != null) {
                say("server left running (bench.keep): " + server.baseUri() + " — API token: " + client.bearer());
            }
        }
        results.add("targets", targets);
        write(benchWar);
    }

    private JsonObject machine() {
        return Json.createObjectBuilder()
                .add("processors", Runtime.getRuntime().availableProcessors())
                .add("os", System.getProperty("os.name") + " " + System.getProperty("os.version"))
                .add("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"))
                .add("measuredAt", Instant.now().toString()).build();
    }

    private void startServer(Path war) throws IOException {
        String password = "bench-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        Path data = work.resolve("server/data");
        server = ServerProcess.wildfly(work.resolve("server"), work.resolve("ropa-bench.war"))
                .withEnvironment("ROPA_ADMIN_PASSWORD", password)
                // AUTO_SERVER: the benchmark counts the SQL statements in the database itself
                .withEnvironment("ROPA_DB_URL", "jdbc:h2:file:" + data + "/ropa;AUTO_SERVER=TRUE;WRITE_DELAY=0");
        say("starting WildFly with the WAR (default heap) …");
        long started = System.nanoTime();
        server.start();
        double seconds = (System.nanoTime() - started) / 1e9;
        Matcher reported = Pattern.compile("started in (\\d+)ms").matcher(server.log());
        Matcher version = Pattern.compile("(WildFly [0-9][^ ]*)").matcher(server.log());
        long warBytes = Files.size(war);
        client = new BenchClient(server.baseUri(), password,
                "jdbc:h2:file:" + data + "/ropa;AUTO_SERVER=TRUE");
        client.probe("heap/start");
        JsonObject heap = client.probe("heap/stop");
        results.add("server", Json.createObjectBuilder()
                .add("server", version.find() ? version.group(1) : "WildFly")
                .add("startAndDeploySeconds", round(seconds, 1))
                .add("reportedStartMillis", reported.find() ? Long.parseLong(reported.group(1)) : -1)
                .add("heapMaxBytes", heap.getJsonNumber("maxBytes").longValue())
                .add("warBytes", warBytes));
        row("server start + deployment (until health answers 200)", "%.1f s".formatted(seconds), "");
        row("WAR size", "%.1f MB".formatted(warBytes / 1e6), "");
        row("server heap (-Xmx)", "%d MB".formatted(heap.getJsonNumber("maxBytes").longValue() >> 20), "");
    }

    private Map<Integer, Long> importRegisters() {
        Map<Integer, Long> organisations = new TreeMap<>();
        for (int size : SIZES) {
            organisations.put(size, client.organisation("Messung %,d GmbH".formatted(size)));
        }
        // imported, read and printed by another system: an integration user's API token
        client.integrationToken(organisations.values());
        JsonArrayBuilder imports = Json.createArrayBuilder();
        for (int size : SIZES) {
            RegisterGenerator generator = new RegisterGenerator(size);
            String document = generator.document("Messung %,d GmbH".formatted(size)).toString();
            long org = organisations.get(size);
            say("importing %,d activities, %,d channels, %,d processors, %,d transfers (%.1f MB) …".formatted(size,
                    generator.channels(), generator.processors(), generator.transfers(), document.length() / 1e6));
            long started = System.nanoTime();
            client.importRegister(org, document);
            double seconds = (System.nanoTime() - started) / 1e9;
            imports.add(Json.createObjectBuilder().add("activities", size).add("channels", generator.channels())
                    .add("processors", generator.processors()).add("transfers", generator.transfers())
                    .add("documentBytes", document.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                    .add("seconds", round(seconds, 1)));
            row("JSON import, %,d activities (%,d channels, %,d processors)".formatted(size, generator.channels(),
                    generator.processors()), "%.1f s".formatted(seconds), "");
        }
        results.add("import", imports);
        return organisations;
    }

    private void rest(long org) throws InterruptedException {
        LatencyRun run = new LatencyRun(CLIENTS, WINDOW, WINDOW, client.bearer());
        say("REST: %d clients, %d s warm-up + %d s measured, a page of 50 activities …".formatted(CLIENTS,
                WINDOW.toSeconds(), WINDOW.toSeconds()));
        // pages spread over the whole register (200 pages of 50 for 10,000 activities)
        IntFunction<URI> pages = n -> client.uri("api/v1/organisations/" + org
                + "/activities?size=50&page=" + Math.floorMod(n * 37, 200));
        LatencyRun.Result page = run.run(pages);
        // the same with as many clients as the machine has cores: the time one request takes when it does not queue
        int cores = Runtime.getRuntime().availableProcessors();
        LatencyRun.Result few = new LatencyRun(cores, Duration.ofSeconds(5), Duration.ofSeconds(15), client.bearer())
                .run(pages);
        SqlStatistics.Count pageSql = client.countStatements(() -> client.get("api/v1/organisations/" + org
                + "/activities?size=50&page=7"));
        say("REST: the same for the health endpoint …");
        LatencyRun.Result health = run.run(n -> client.uri("api/v1/health"));
        results.add("rest", Json.createObjectBuilder()
                .add("activitiesPageOf50", page.json())
                .add("activitiesPageOf50ClientsAsCores", few.json())
                .add("sqlStatementsPerPage", pageSql.total())
                .add("sqlStatementsPerPageByText", pageSql.byTextJson())
                .add("health", health.json())
                .add("ratio", Json.createObjectBuilder()
                        .add("p50", round(page.percentileMillis(50) / health.percentileMillis(50), 2))
                        .add("p99", round(page.percentileMillis(99) / health.percentileMillis(99), 2))
                        .add("throughput", round(page.throughput() / health.throughput(), 3))));
        row("REST page of 50 activities, %d clients: throughput, p50 / p99".formatted(CLIENTS),
                "%.0f/s, %.1f / %.1f ms".formatted(page.throughput(), page.percentileMillis(50), page.percentileMillis(99)),
                "failures: " + page.failures());
        row("REST page of 50 activities, %d clients (one per core): throughput, p50 / p99".formatted(cores),
                "%.0f/s, %.1f / %.1f ms".formatted(few.throughput(), few.percentileMillis(50), few.percentileMillis(99)),
                "failures: " + few.failures());
        row("SQL statements for one page of 50 activities (authentication included)", Long.toString(pageSql.total()), "");
        row("REST health, same server and run: throughput, p50 / p99",
                "%.0f/s, %.1f / %.1f ms".formatted(health.throughput(), health.percentileMillis(50), health.percentileMillis(99)),
                "failures: " + health.failures());
        row("ratio page / health: p50, p99, throughput", "%.1f×, %.1f×, %.2f×".formatted(
                page.percentileMillis(50) / health.percentileMillis(50), page.percentileMillis(99) / health.percentileMillis(99),
                page.throughput() / health.throughput()), "");
        target("page of 50 activities, p99", "< 50 ms", "%.1f ms".formatted(page.percentileMillis(99)),
                page.percentileMillis(99) < 50);
    }

    private void findings(long org) throws Exception {
        say("findings of the whole register …");
        long started = System.nanoTime();
        JsonObject first = client.findings(org);
        double firstSeconds = (System.nanoTime() - started) / 1e9;
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            started = System.nanoTime();
            client.findings(org);
            warm.add((System.nanoTime() - started) / 1e9);
        }
        warm.sort(null);
        SqlStatistics.Count sql = client.countStatements(() -> client.findings(org));
        int total = first.getInt("total");
        results.add("findings", Json.createObjectBuilder().add("findings", total)
                .add("firstCallSeconds", round(firstSeconds, 2))
                .add("warmMedianSeconds", round(warm.get(2), 2)).add("warmMaxSeconds", round(warm.get(4), 2))
                .add("sqlStatements", sql.total()).add("sqlStatementsByText", sql.byTextJson()));
        row("findings of the whole register (%,d findings): first call, warm median".formatted(total),
                "%.2f s, %.2f s".formatted(firstSeconds, warm.get(2)), "");
        row("SQL statements for one findings request (authentication included)", Long.toString(sql.total()), "");
        target("findings for the whole register", "< 2 s", "%.2f s warm, %.2f s first call".formatted(warm.get(2), firstSeconds),
                warm.get(2) < 2 && firstSeconds < 2);
    }

    private void pdfs(Map<Integer, Long> organisations) throws IOException {
        JsonArrayBuilder pdfs = Json.createArrayBuilder();
        for (var entry : organisations.entrySet()) {
            int size = entry.getKey();
            int runs = size >= 10_000 ? 1 : 3;
            say("register PDF of %,d activities, product and bare JasperReports, %d run(s) each …".formatted(size, runs));
            List<ReportRun> product = new ArrayList<>();
            List<ReportRun> bare = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                product.add(client.registerPdf(entry.getValue(), work.resolve("register-" + size + ".pdf")));
                bare.add(client.barePdf(entry.getValue()));
            }
            ReportRun p = ReportRun.median(product);
            ReportRun b = ReportRun.median(bare);
            pdfs.add(Json.createObjectBuilder().add("activities", size).add("runs", runs)
                    .add("product", p.json()).add("bareJasperReports", b.json())
                    .add("timeRatio", round(p.seconds() / b.seconds(), 2))
                    .add("peakHeapRatio", round((double) p.peakBytes() / b.peakBytes(), 2)));
            row("register PDF, %,d activities (%,d pages): product / bare JasperReports".formatted(size, p.pages()),
                    "%.1f s / %.1f s (%.2f×)".formatted(p.seconds(), b.seconds(), p.seconds() / b.seconds()),
                    "peak heap %d / %d MB (%d MB in use before), full collections %d / %d".formatted(p.peakBytes() >> 20,
                            b.peakBytes() >> 20, p.baselineBytes() >> 20, p.fullCollections(), b.fullCollections()));
            if (size == 1_000) {
                target("register PDF of 1,000 activities", "< 10 s", "%.1f s".formatted(p.seconds()), p.seconds() < 10);
            }
        }
        results.add("registerPdf", pdfs);
    }

    private void target(String what, String goal, String measured, boolean met) {
        targets.add(Json.createObjectBuilder().add("target", what).add("goal", goal).add("measured", measured).add("met", met));
    }

    private void row(String what, String figure, String note) {
        table.add(new String[] {what, figure, note});
        say("  " + what + ": " + figure + (note.isEmpty() ? "" : " (" + note + ")"));
    }

    private void write(Path benchWar) throws IOException {
        StringWriter json = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(json)) {
            writer.write(results.build());
        }
        Path file = work.resolve("results.json");
        Files.writeString(file, json.toString());
        Files.deleteIfExists(benchWar);
        StringBuilder markdown = new StringBuilder("\n| measurement | figure | note |\n|---|---|---|\n");
        table.forEach(r -> markdown.append("| ").append(String.join(" | ", r)).append(" |\n"));
        say(markdown.toString());
        say("written: " + file);
    }

    static double round(double value, int digits) {
        double factor = Math.pow(10, digits);
        return Double.isFinite(value) ? Math.round(value * factor) / factor : -1;
    }

    static void say(String text) {
        System.out.println("[bench] " + text);
    }
}
