package de.ropa.bench;

import de.ropa.platform.boundary.BodyLimits;
import de.ropa.testing.FormLogin;
import de.ropa.testing.RegisterGenerator;
import de.ropa.testing.ServerProcess;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The performance benchmark ({@code mvn -Pbench verify}, not part of the test command): the product on each server
 * (WildFly, Payara Micro) and each database (H2, PostgreSQL), with a 512 MB heap. The first combination imports
 * registers of growing size (1,000, 10,000, 50,000 activities) and measures each; the others the 10,000-activity
 * register. Per combination: server start, import, REST latency and the server's CPU per request, findings, the
 * register PDF against bare JasperReports, the main screens through a logged-in session. Prints a table and writes
 * {@code target/bench/results.json} with the figures measured before issue 21 beside them.
 */
public final class Benchmark {

    static final int CLIENTS = Integer.getInteger("bench.clients", 16);
    static final Duration WINDOW = Duration.ofSeconds(Long.getLong("bench.seconds", 30));
    /** Up to 50,000 activities: some 75 MB of JSON, imported in documents of 8,000 (BodyLimits.IMPORT: 16 MB). */
    static final List<Integer> GROWTH = integers("bench.sizes", "1000,10000,50000");
    static final int COMPARED = Integer.getInteger("bench.compared", 10_000);
    static final int SCREEN_WARM_UP = 40;
    /**
     * The most activities the benchmark imports in one document when a register is larger than that: each part also
     * carries the organisation's channels, processors and transfers (those of 50,000 activities: some 3.5 MB), so
     * a part stays under the import's 16 MB.
     */
    static final int IMPORT_PART = 8_000;
    static final List<String> SERVERS = strings("bench.servers", "wildfly,payara");
    static final List<String> DATABASES = strings("bench.databases", "h2,postgresql");
    static final String HEAP = "512m";

    private final Path target;
    private final Path work;
    private final JsonObjectBuilder results = Json.createObjectBuilder();
    private final JsonArrayBuilder targets = Json.createArrayBuilder();
    /** measurement -> (combination -> figure), in the order first measured. */
    private final Map<String, Map<String, String>> table = new LinkedHashMap<>();
    private final List<String> columns = new ArrayList<>();

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
        // named as the product's WAR: Payara Micro takes the context root (/ropa) from the file name
        Files.createDirectories(work.resolve("war"));
        Path benchWar = BenchWar.build(war, target.resolve("test-classes"), work.resolve("war/ropa.war"));
        results.add("machine", machine());
        results.add("before", BeforeIssue21.figures());
        JsonArrayBuilder runs = Json.createArrayBuilder();
        boolean first = true;
        for (String server : SERVERS) {
            for (String database : DATABASES) {
                List<Integer> sizes = first ? GROWTH : List.of(COMPARED);
                try {
                    runs.add(new Combination(server, database, sizes, Files.size(war), benchWar).measure());
                } catch (Exception failed) {
                    // one combination that cannot run is a finding; the others are still measured
                    say("FAILED " + server + "/" + database + ": " + failed);
                    runs.add(Json.createObjectBuilder().add("server", server).add("database", database)
                            .add("failed", String.valueOf(failed)));
                }
                first = false;
            }
        }
        results.add("runs", runs);
        results.add("targets", targets);
        write(benchWar);
    }

    /** One server on one database: everything measured on it. */
    private final class Combination {

        private final String server;
        private final String database;
        private final List<Integer> sizes;
        private final long warBytes;
        private final Path benchWar;
        private final String column;
        private final JsonObjectBuilder json = Json.createObjectBuilder();
        private ServerProcess process;
        private BenchClient client;

        Combination(String server, String database, List<Integer> sizes, long warBytes, Path benchWar) {
            this.server = server;
            this.database = database;
            this.sizes = sizes;
            this.warBytes = warBytes;
            this.benchWar = benchWar;
            this.column = ("wildfly".equals(server) ? "WildFly" : "Payara Micro") + ", "
                    + ("h2".equals(database) ? "H2" : "PostgreSQL");
            columns.add(column);
            json.add("server", server).add("database", database);
        }

        JsonObject measure() throws Exception {
            say("=== " + column + " ===");
            try {
                start();
                Map<Integer, Long> organisations = importRegisters();
                long compared = organisations.getOrDefault(COMPARED, organisations.get(sizes.get(sizes.size() - 1)));
                rest(compared);
                findings(compared);
                screens(compared);
                if (sizes.size() > 1) {
                    growth(organisations);
                }
                pdfs(organisations);
                boolean outOfMemory = process.log().contains("OutOfMemoryError");
                json.add("outOfMemoryError", outOfMemory);
                row("OutOfMemoryError in the server log", outOfMemory ? "yes" : "none");
                check("no OutOfMemoryError with a 512 MB heap", "none", outOfMemory ? "OutOfMemoryError" : "none", !outOfMemory);
            } finally {
                if (process != null && !Boolean.getBoolean("bench.keep")) {
                    process.stop();
                } else if (process != null) {
                    say("server left running (bench.keep): " + process.baseUri() + " — API token: " + client.bearer());
                }
            }
            return json.build();
        }

        private void start() throws Exception {
            String password = "bench-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
            Path home = work.resolve("server-" + server + "-" + database);
            Path data = home.resolve("data");
            String h2Url = "jdbc:h2:file:" + data + "/ropa;AUTO_SERVER=TRUE;WRITE_DELAY=0";
            if ("postgresql".equals(database)) {
                resetPostgreSQL();
            }
            if ("wildfly".equals(server)) {
                process = ServerProcess.wildfly(home, benchWar);
                if ("h2".equals(database)) {
                    // AUTO_SERVER: the benchmark counts the SQL statements in the database itself
                    process.withEnvironment("ROPA_DB_URL", h2Url);
                } else {
                    postgreSQL(process).withEnvironment("ROPA_DB_DATASOURCE_CLASS", "org.postgresql.ds.PGSimpleDataSource");
                }
            } else {
                // H2 refuses DB_CLOSE_ON_EXIT=FALSE (the product's Payara setting) together with AUTO_SERVER
                Path properties = "h2".equals(database) ? payaraH2Properties(home, h2Url)
                        : Path.of("server-config/payara/postgresql.properties");
                process = ServerProcess.payara(home, benchWar, HEAP, properties);
                if ("postgresql".equals(database)) {
                    postgreSQL(process);
                }
            }
            process.withEnvironment("ROPA_ADMIN_PASSWORD", password);
            say("starting " + column + " with the WAR (512 MB heap) …");
            long started = System.nanoTime();
            process.start();
            double seconds = (System.nanoTime() - started) / 1e9;
            client = new BenchClient(process.baseUri(), password, "h2".equals(database) ? h2Url : null);
            client.probe("heap/start");
            JsonObject heap = client.probe("heap/stop");
            json.add("serverStart", Json.createObjectBuilder()
                    .add("version", version(process.log()))
                    .add("startAndDeploySeconds", round(seconds, 1))
                    .add("heapMaxBytes", heap.getJsonNumber("maxBytes").longValue())
                    .add("heapInUseAfterStartBytes", heap.getJsonNumber("baselineBytes").longValue())
                    .add("warBytes", warBytes));
            row("server start + deployment (until health answers 200)", "%.1f s".formatted(seconds));
            row("WAR size", "%.1f MB".formatted(warBytes / 1e6));
            row("server heap (-Xmx) / in use after start", "%d / %d MB".formatted(heap.getJsonNumber("maxBytes").longValue() >> 20,
                    heap.getJsonNumber("baselineBytes").longValue() >> 20));
            check("server start + deployment until health 200", "≤ 15 s", "%.1f s".formatted(seconds), seconds <= 15);
            check("WAR size", "≤ 30 MB", "%.1f MB".formatted(warBytes / 1e6), warBytes <= 30_000_000);
        }

        /**
         * The register as one document, or, above the import's limit (16 MB), as several of {@value #IMPORT_PART}
         * activities that each carry the organisation's channels, processors, measures and transfers (linked by name
         * after the first).
         */
        private static List<String> parts(JsonObject whole) {
            String one = whole.toString();
            JsonArray activities = whole.getJsonArray("activities");
            if (one.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= BodyLimits.IMPORT) {
                return List.of(one);
            }
            List<String> parts = new java.util.ArrayList<>();
            for (int from = 0; from < activities.size(); from += IMPORT_PART) {
                JsonArrayBuilder slice = Json.createArrayBuilder();
                activities.subList(from, Math.min(activities.size(), from + IMPORT_PART)).forEach(slice::add);
                parts.add(Json.createObjectBuilder(whole).add("activities", slice).build().toString());
            }
            return parts;
        }

        private Map<Integer, Long> importRegisters() {
            Map<Integer, Long> organisations = new TreeMap<>();
            for (int size : sizes) {
                organisations.put(size, client.organisation("Messung %,d GmbH".formatted(size)));
            }
            // imported, read and printed by another system: an integration user's API token
            client.integrationToken(organisations.values());
            JsonArrayBuilder imports = Json.createArrayBuilder();
            for (int size : sizes) {
                RegisterGenerator generator = new RegisterGenerator(size);
                JsonObject whole = generator.document("Messung %,d GmbH".formatted(size));
                List<String> parts = parts(whole);
                long documentBytes = parts.stream().mapToLong(part -> part.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
                say("importing %,d activities (%.1f MB%s) …".formatted(size, documentBytes / 1e6,
                        parts.size() == 1 ? "" : ", in %d documents of at most %,d activities".formatted(parts.size(), IMPORT_PART)));
                long started = System.nanoTime();
                try {
                    for (int p = 0; p < parts.size(); p++) {
                        client.importRegister(organisations.get(size), parts.get(p), p > 0);
                    }
                } catch (RuntimeException failed) {
                    // recorded; the sizes that did come in are measured on
                    imports.add(Json.createObjectBuilder().add("activities", size).add("failed", String.valueOf(failed.getMessage())));
                    row("JSON import, %,d activities".formatted(size), "failed: "
                            + String.valueOf(failed.getMessage()).lines().findFirst().orElse(""));
                    organisations.remove(size);
                    continue;
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                imports.add(Json.createObjectBuilder().add("activities", size).add("channels", generator.channels())
                        .add("processors", generator.processors()).add("transfers", generator.transfers())
                        .add("documentBytes", documentBytes).add("documents", parts.size())
                        .add("seconds", round(seconds, 1)));
                row("JSON import, %,d activities (%,d channels, %,d processors%s)".formatted(size, generator.channels(),
                        generator.processors(), parts.size() == 1 ? "" : "; %d documents".formatted(parts.size())),
                        "%.1f s".formatted(seconds));
                if (size == COMPARED) {
                    check("import of %,d activities".formatted(size), "≤ 10 s", "%.1f s".formatted(seconds), seconds <= 10);
                }
            }
            json.add("import", imports);
            return organisations;
        }

        private void rest(long org) throws InterruptedException {
            LatencyRun run = new LatencyRun(CLIENTS, WINDOW, WINDOW, client.bearer());
            say("REST: %d clients, %d s warm-up + %d s measured, pages of 50 activities over the whole register …"
                    .formatted(CLIENTS, WINDOW.toSeconds(), WINDOW.toSeconds()));
            IntFunction<URI> pages = pagesOver(org, COMPARED);
            JsonObject cacheBefore = client.probe("cache");
            FirstPass first = firstPass(org, COMPARED);
            LatencyRun.Result page = run.run(pages, process::cpuSeconds);
            JsonObject cache = difference(client.probe("cache"), cacheBefore);
            int cores = Runtime.getRuntime().availableProcessors();
            LatencyRun.Result few = new LatencyRun(cores, Duration.ofSeconds(5), Duration.ofSeconds(15), client.bearer())
                    .run(pages, process::cpuSeconds);
            SqlStatistics.Count pageSql = client.countStatements(() -> client.get("api/v1/organisations/" + org
                    + "/activities?size=50&page=7"));
            say("REST: the same for the health endpoint …");
            LatencyRun.Result health = run.run(n -> client.uri("api/v1/health"), process::cpuSeconds);
            double ratio = page.throughput() / health.throughput();
            json.add("rest", Json.createObjectBuilder()
                    .add("firstPassAfterImport", Json.createObjectBuilder().add("pages", first.pages())
                            .add("seconds", round(first.seconds(), 2)).add("serverCpuMillisPerPage", round(first.cpuMillisPerPage(), 2)))
                    .add("activitiesPageOf50", page.json())
                    .add("activitiesPageOf50ClientsAsCores", few.json())
                    .add("readCacheDuringPages", cache)
                    .add("sqlStatementsPerPage", pageSql.total())
                    .add("sqlStatementsPerPageByText", pageSql.byTextJson())
                    .add("health", health.json())
                    .add("ratio", Json.createObjectBuilder()
                            .add("p50", round(page.percentileMillis(50) / health.percentileMillis(50), 2))
                            .add("p99", round(page.percentileMillis(99) / health.percentileMillis(99), 2))
                            .add("throughput", round(ratio, 3))));
            row("REST pages of 50 activities, first read of each after the import (one client, every page once): time, server CPU per page",
                    "%.1f s, %.2f ms".formatted(first.seconds(), first.cpuMillisPerPage()));
            row("REST page of 50 activities, %d clients: throughput, p50 / p99".formatted(CLIENTS),
                    "%.0f/s, %.1f / %.1f ms".formatted(page.throughput(), page.percentileMillis(50), page.percentileMillis(99)));
            row("server CPU per page (%d clients) / per health request".formatted(CLIENTS), "%.2f / %.2f ms".formatted(
                    page.serverCpuMillisPerRequest(), health.serverCpuMillisPerRequest()));
            row("REST page of 50 activities, %d clients (one per core): throughput, p50 / p99".formatted(cores),
                    "%.0f/s, %.1f / %.1f ms".formatted(few.throughput(), few.percentileMillis(50), few.percentileMillis(99)));
            row("read cache during the first pass and the %d-client pages (warm-up included): rows hit / missed / awaited from another request's load, orders hit / missed, reads past it; rows kept"
                    .formatted(CLIENTS), "%d / %d / %d, %d / %d, %d; %.1f MB".formatted(cache.getJsonNumber("rowHits").longValue(),
                    cache.getJsonNumber("rowMisses").longValue(), cache.getJsonNumber("rowsAwaited").longValue(), cache.getJsonNumber("orderingHits").longValue(),
                    cache.getJsonNumber("orderingMisses").longValue(), cache.getJsonNumber("bypassed").longValue(),
                    cache.getJsonNumber("rowBytes").longValue() / 1e6));
            row("SQL statements for one page of 50 activities (authentication included)",
                    pageSql.total() < 0 ? "not counted" : Long.toString(pageSql.total()));
            row("REST health, %d clients: throughput, p50 / p99".formatted(CLIENTS),
                    "%.0f/s, %.1f / %.1f ms".formatted(health.throughput(), health.percentileMillis(50), health.percentileMillis(99)));
            row("throughput page / health", "%.3f×".formatted(ratio));
            row("failed requests (page, page one per core, health)", "%d, %d, %d".formatted(page.failures(), few.failures(),
                    health.failures()));
            check("server CPU per page of 50, %,d register".formatted(COMPARED), "≤ 4 ms",
                    "%.2f ms".formatted(page.serverCpuMillisPerRequest()), page.serverCpuMillisPerRequest() <= 4);
            check("page throughput / health throughput, %d clients".formatted(CLIENTS), "≥ 0.15×", "%.3f×".formatted(ratio),
                    ratio >= 0.15);
            check("page p99, clients = cores", "≤ 15 ms", "%.1f ms".formatted(few.percentileMillis(99)),
                    few.percentileMillis(99) <= 15);
        }

        record FirstPass(int pages, double seconds, double cpuMillisPerPage) {
        }

        /** Every page of the register read once by one client, as after a change: what a cold read cache costs. */
        private FirstPass firstPass(long org, int size) {
            int pages = Math.max(1, size / 50);
            double cpu = process.cpuSeconds();
            long started = System.nanoTime();
            for (int page = 0; page < pages; page++) {
                client.get("api/v1/organisations/" + org + "/activities?size=50&page=" + page);
            }
            return new FirstPass(pages, (System.nanoTime() - started) / 1e9, (process.cpuSeconds() - cpu) * 1000 / pages);
        }

        /** The counters of {@code after} less those of {@code before} (rowBytes as it is after). */
        private static JsonObject difference(JsonObject after, JsonObject before) {
            var difference = Json.createObjectBuilder();
            after.forEach((name, value) -> difference.add(name, "rowBytes".equals(name) ? value
                    : Json.createValue(after.getJsonNumber(name).longValue() - before.getJsonNumber(name).longValue())));
            return difference.build();
        }

        /** Pages of 50 spread over the whole register of {@code size} activities. */
        private IntFunction<URI> pagesOver(long org, int size) {
            int pages = Math.max(1, size / 50);
            return n -> client.uri("api/v1/organisations/" + org + "/activities?size=50&page=" + Math.floorMod(n * 37, pages));
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
            json.add("findings", Json.createObjectBuilder().add("findings", total)
                    .add("firstCallSeconds", round(firstSeconds, 2))
                    .add("warmMedianSeconds", round(warm.get(2), 3)).add("warmMaxSeconds", round(warm.get(4), 3))
                    .add("sqlStatements", sql.total()).add("sqlStatementsByText", sql.byTextJson()));
            row("findings of the whole register (%,d findings): first call, warm median".formatted(total),
                    "%.2f s, %.3f s".formatted(firstSeconds, warm.get(2)));
            check("findings of %,d activities, warm".formatted(COMPARED), "≤ 0.3 s", "%.3f s".formatted(warm.get(2)),
                    warm.get(2) <= 0.3);
        }

        /**
         * Server time of the main screens for a DPO logged in through the login page: median of 20 after 40 views of
         * the page to warm it up (as the REST figures are taken after a warm-up window: a page's first dozen views run
         * its rendering code before the JIT compiled it, and a server in use has long passed them).
         */
        private void screens(long org) {
            FormLogin browser = client.dpoSession(org);
            JsonObject anActivity = client.get("api/v1/organisations/" + org + "/activities?size=1&page=77")
                    .getJsonArray("items").getJsonObject(0);
            Map<String, String> screens = new LinkedHashMap<>();
            screens.put("dashboard", "index.xhtml");
            screens.put("activities list", "activities/list.xhtml");
            screens.put("activity page", "activities/activity.xhtml?id=" + anActivity.getInt("id"));
            JsonObjectBuilder figures = Json.createObjectBuilder();
            for (var screen : screens.entrySet()) {
                List<Double> millis = new ArrayList<>();
                for (int i = 0; i < SCREEN_WARM_UP + 20; i++) {
                    long started = System.nanoTime();
                    HttpResponse<String> page = browser.get(screen.getValue());
                    double elapsed = (System.nanoTime() - started) / 1e6;
                    if (page.statusCode() != 200) {
                        throw new IllegalStateException(screen.getValue() + " answered " + page.statusCode());
                    }
                    if (i >= SCREEN_WARM_UP) {
                        millis.add(elapsed);
                    }
                }
                millis.sort(null);
                double median = millis.get(millis.size() / 2);
                figures.add(screen.getKey(), Json.createObjectBuilder().add("path", screen.getValue())
                        .add("medianMillis", round(median, 1)).add("maxMillis", round(millis.get(millis.size() - 1), 1)));
                row("screen: %s, %,d register (median of 20, warm)".formatted(screen.getKey(), COMPARED), "%.1f ms".formatted(median));
                check("screen %s, %,d register".formatted(screen.getKey(), COMPARED), "≤ 100 ms", "%.1f ms".formatted(median),
                        median <= 100);
            }
            json.add("screens", figures);
        }

        /** Per size: a page's cost with clients as cores, the findings warm (the PDF follows in pdfs). */
        private void growth(Map<Integer, Long> organisations) throws Exception {
            JsonArrayBuilder growth = Json.createArrayBuilder();
            int cores = Runtime.getRuntime().availableProcessors();
            for (var entry : organisations.entrySet()) {
                int size = entry.getKey();
                say("growth: %,d activities …".formatted(size));
                // every page once first: the pages then measure the register as it is read day to day, not a
                // cold cache (at 50,000 activities the window would otherwise be spent loading rows)
                FirstPass first = firstPass(entry.getValue(), size);
                LatencyRun.Result page = new LatencyRun(cores, Duration.ofSeconds(5), Duration.ofSeconds(10), client.bearer())
                        .run(pagesOver(entry.getValue(), size), process::cpuSeconds);
                client.findings(entry.getValue());
                List<Double> warm = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    long started = System.nanoTime();
                    client.findings(entry.getValue());
                    warm.add((System.nanoTime() - started) / 1e9);
                }
                warm.sort(null);
                growth.add(Json.createObjectBuilder().add("activities", size)
                        .add("firstPass", Json.createObjectBuilder().add("pages", first.pages())
                                .add("seconds", round(first.seconds(), 1))
                                .add("serverCpuMillisPerPage", round(first.cpuMillisPerPage(), 2)))
                        .add("page", page.json())
                        .add("findingsWarmSeconds", round(warm.get(1), 3)));
                row("growth %,d activities: every page once (cold), then page p50 / server CPU per page (clients = cores); findings warm"
                        .formatted(size), "%.1f s; %.1f ms / %.2f ms; %.3f s".formatted(first.seconds(), page.percentileMillis(50),
                        page.serverCpuMillisPerRequest(), warm.get(1)));
            }
            json.add("growth", growth);
        }

        private void pdfs(Map<Integer, Long> organisations) throws IOException {
            JsonArrayBuilder pdfs = Json.createArrayBuilder();
            for (var entry : organisations.entrySet()) {
                int size = entry.getKey();
                int runs = size >= 10_000 ? 1 : 3;
                say("register PDF of %,d activities, product and bare JasperReports, %d run(s) each …".formatted(size, runs));
                List<ReportRun> product = new ArrayList<>();
                List<ReportRun> bare = new ArrayList<>();
                try {
                    for (int i = 0; i < runs; i++) {
                        product.add(client.registerPdf(entry.getValue(), work.resolve("register-" + size + ".pdf")));
                        bare.add(client.barePdf(entry.getValue()));
                    }
                } catch (RuntimeException failed) {
                    // recorded, and the benchmark goes on (a register too large for the heap is a finding, not an end)
                    pdfs.add(Json.createObjectBuilder().add("activities", size).add("failed", String.valueOf(failed.getMessage())));
                    row("register PDF, %,d activities: product / bare JasperReports".formatted(size), "failed: "
                            + String.valueOf(failed.getMessage()).lines().findFirst().orElse(""));
                    continue;
                }
                ReportRun p = ReportRun.median(product);
                ReportRun b = ReportRun.median(bare);
                pdfs.add(Json.createObjectBuilder().add("activities", size).add("runs", runs)
                        .add("product", p.json()).add("bareJasperReports", b.json())
                        .add("timeRatio", round(p.seconds() / b.seconds(), 2))
                        .add("peakHeapRatio", round((double) p.peakBytes() / b.peakBytes(), 2)));
                row("register PDF, %,d activities: product / bare JasperReports".formatted(size),
                        "%.1f s / %.1f s (%.2f×), %,d pages, peak heap %d / %d MB".formatted(p.seconds(), b.seconds(),
                                p.seconds() / b.seconds(), p.pages(), p.peakBytes() >> 20, b.peakBytes() >> 20));
                if (size == COMPARED) {
                    check("register PDF of %,d activities / bare JasperReports".formatted(size), "≤ 1.4×",
                            "%.2f×".formatted(p.seconds() / b.seconds()), p.seconds() / b.seconds() <= 1.4);
                }
            }
            json.add("registerPdf", pdfs);
        }

        private void row(String what, String figure) {
            table.computeIfAbsent(what, w -> new LinkedHashMap<>()).put(column, figure);
            say("  " + what + ": " + figure);
        }

        private void check(String what, String goal, String measured, boolean met) {
            targets.add(Json.createObjectBuilder().add("server", server).add("database", database).add("target", what)
                    .add("goal", goal).add("measured", measured).add("met", met));
            row("target: " + what + " (" + goal + ")", measured + (met ? " — met" : " — **missed**"));
        }
    }

    private static ServerProcess postgreSQL(ServerProcess process) {
        return process.withEnvironment("ROPA_DB_URL", System.getProperty("bench.postgresql.url", "jdbc:postgresql://localhost:5432/ropa_it"))
                .withEnvironment("ROPA_DB_USER", System.getProperty("bench.postgresql.user", "ropa_it"))
                .withEnvironment("ROPA_DB_PASSWORD", System.getProperty("bench.postgresql.password", "ropa_it"));
    }

    /** An empty schema for the next server (the benchmark uses the test database: it is reset before every test run too). */
    private static void resetPostgreSQL() throws Exception {
        try (Connection connection = new org.postgresql.Driver().connect(
                System.getProperty("bench.postgresql.url", "jdbc:postgresql://localhost:5432/ropa_it"), credentials());
             Statement sql = connection.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS public CASCADE");
            sql.execute("CREATE SCHEMA public");
        }
    }

    private static java.util.Properties credentials() {
        java.util.Properties user = new java.util.Properties();
        user.setProperty("user", System.getProperty("bench.postgresql.user", "ropa_it"));
        user.setProperty("password", System.getProperty("bench.postgresql.password", "ropa_it"));
        return user;
    }

    /** Payara's system properties for an H2 file the benchmark can also reach (AUTO_SERVER: counting statements). */
    private static Path payaraH2Properties(Path home, String url) throws IOException {
        Files.createDirectories(home);
        Path file = home.resolve("h2.properties");
        Files.writeString(file, "ropa.db.url=" + url + "\nropa.db.user=ropa\nropa.db.password=\n"
                + "ropa.db.datasource-class=org.h2.jdbcx.JdbcDataSource\n");
        return file;
    }

    private static String version(String log) {
        Matcher wildfly = Pattern.compile("(WildFly [0-9][^ ]*)").matcher(log);
        if (wildfly.find()) {
            return wildfly.group(1);
        }
        Matcher payara = Pattern.compile("(Payara Micro[^\\n(]*)").matcher(log);
        return payara.find() ? payara.group(1).trim() : "unknown";
    }

    private JsonObject machine() {
        return Json.createObjectBuilder()
                .add("processors", Runtime.getRuntime().availableProcessors())
                .add("os", System.getProperty("os.name") + " " + System.getProperty("os.version"))
                .add("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"))
                .add("measuredAt", Instant.now().toString()).build();
    }

    private void write(Path benchWar) throws IOException {
        StringWriter json = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(json)) {
            writer.write(results.build());
        }
        Path file = work.resolve("results.json");
        Files.writeString(file, json.toString());
        Files.deleteIfExists(benchWar);
        StringBuilder markdown = new StringBuilder("\n| measurement | " + String.join(" | ", columns) + " |\n|---|"
                + "---|".repeat(columns.size()) + "\n");
        table.forEach((what, figures) -> markdown.append("| ").append(what).append(" | ")
                .append(String.join(" | ", columns.stream().map(c -> figures.getOrDefault(c, "—")).toList())).append(" |\n"));
        say(markdown.toString());
        Files.writeString(work.resolve("results.md"), markdown.toString());
        say("written: " + file + " and results.md");
    }

    private static List<Integer> integers(String property, String fallback) {
        return Arrays.stream(System.getProperty(property, fallback).split(",")).map(String::trim).map(Integer::valueOf)
                .sorted().toList();
    }

    private static List<String> strings(String property, String fallback) {
        return Arrays.stream(System.getProperty(property, fallback).split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
    }

    static double round(double value, int digits) {
        double factor = Math.pow(10, digits);
        return Double.isFinite(value) ? Math.round(value * factor) / factor : -1;
    }

    static void say(String text) {
        System.out.println("[bench] " + text);
    }
}
