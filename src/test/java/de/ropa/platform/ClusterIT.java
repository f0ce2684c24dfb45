package de.ropa.platform;

import static de.ropa.testing.RegisterClient.org;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.testing.Balancer;
import de.ropa.testing.Browser;
import de.ropa.testing.FormLogin;
import de.ropa.testing.Deployments;
import de.ropa.testing.Http;
import de.ropa.testing.Pdf;
import de.ropa.testing.RegisterClient;
import de.ropa.testing.RegisterGenerator;
import de.ropa.testing.ServerProcess;
import de.ropa.testing.TestAccounts;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two nodes of the suite's server (WildFly with its replicated sessions, or Payara Micro clustered through Hazelcast)
 * on one PostgreSQL, behind Debian's haproxy with the product's configuration, all on this machine's loopback (README,
 * "More than one server"). Started together on an empty database; then a node is killed (SIGKILL) under a user
 * working on a form and under clients writing through the balancer, the writes of clients pinned to each node race
 * each other, and a PDF being rendered loses its node. The steps build on each other, in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final int BALANCER = 8480;
    private static final int[] NODE_PORTS = {8580, 8680};
    private static final String SCHEMA = "cluster";
    /** Activities of the register whose PDF loses its node halfway: a page or more each, seconds of work for a node. */
    private static final int PDF_ACTIVITIES = 800;
    private static final Pattern WILDFLY_TWO_MEMBERS = Pattern.compile("joined cluster '\\w+' with view: \\[[^]]+\\] \\(2\\)");

    private final Path work = Path.of(System.getProperty("it.work.dir", "target/it-work"), "cluster-" + Deployments.server());
    private final ServerProcess[] nodes = new ServerProcess[2];
    private Balancer balancer;
    private Http admin;
    private RegisterClient register;

    @BeforeAll
    void startTwoNodesTogetherOnAnEmptyDatabase() throws Exception {
        try (Connection sql = database(null); Statement statement = sql.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            statement.execute("CREATE SCHEMA " + SCHEMA);
        }
        for (int n = 0; n < 2; n++) {
            nodes[n] = node(n);
        }
        CompletableFuture.allOf(CompletableFuture.runAsync(nodes[0]::start), CompletableFuture.runAsync(nodes[1]::start)).join();
        balancer = Balancer.start(work, BALANCER, NODE_PORTS[0], NODE_PORTS[1]);
        awaitTwoMembers();
        admin = TestAccounts.admin(balancer.baseUri());
        register = new RegisterClient(TestAccounts.editor(admin));
    }

    @AfterAll
    void stopEverything() {
        if (balancer != null) {
            balancer.close();
        }
        for (ServerProcess node : nodes) {
            if (node != null) {
                node.stop();
            }
        }
    }

    @Test
    @Order(1)
    void workThatMustRunOnceRanOnceAndEachNodeServesTheSameRegister() throws Exception {
        assertEquals(1, admin.get("api/v1/admin/users").jsonStructure().asJsonArray().stream()
                .filter(u -> u.asJsonObject().getString("username").equals(TestAccounts.ADMIN)).count(), "one first admin");
        assertEquals(1, count("SELECT COUNT(*) FROM catalogue_edition"), "the catalogue's edition applied once");
        assertEquals(1, count("SELECT COUNT(*) FROM organisation WHERE name = 'Sommer Malerbetrieb GmbH & Co. KG'"),
                "the demo's sample organisation loaded once");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE object_kind = 'USER' AND action = 'CREATE'"
                + " AND object_name = 'admin'"),
                "the first admin's creation recorded once");
        long orgId = register.organisation("Beide Knoten GmbH");
        for (int port : NODE_PORTS) {
            Http direct = TestAccounts.admin(URI.create("http://localhost:" + port + "/ropa/"));
            assertEquals("Beide Knoten GmbH", direct.get("api/v1/organisations/" + orgId).json().getString("name"),
                    "node on " + port + " reads what the other wrote");
        }
        assertTrailWhole();
    }

    @Test
    @Order(2)
    void aKilledNodesUserWorksOnWithoutANewLoginAndNoAcknowledgedWriteIsLost() throws Exception {
        long firstOrg = register.organisation("AAA Ausfall GmbH " + System.nanoTime());
        String secondName = "ZZZ Ausfall GmbH " + System.nanoTime();
        long secondOrg = register.organisation(secondName);
        String dpo = "cluster-dpo-" + secondOrg;
        TestAccounts.ensureUser(admin, dpo, "[\"DPO\"]", "[" + firstOrg + "," + secondOrg + "]");
        for (int port : NODE_PORTS) { // both nodes have shown these pages before, as in a cluster that has run a while
            FormLogin direct = new FormLogin(URI.create("http://localhost:" + port + "/ropa/"), "de");
            direct.login(dpo, TestAccounts.PASSWORD);
            direct.get("index.xhtml");
            direct.get("activities/activity.xhtml");
        }
        try (Browser browser = Browser.open(balancer.baseUri(), "de");
             ClusterClients writers = new ClusterClients(balancer.baseUri(), admin, secondOrg, 4)) {
            browser.login(dpo, TestAccounts.PASSWORD);
            browser.choose("orgForm:org", secondName);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> d.getTitle().contains(secondName));
            browser.go("activities/activity.xhtml");
            browser.type("activityForm:name", "Nach dem Ausfall gespeichert");
            browser.type("activityForm:purposes:0:description", "Anfragen von Kundschaft beantworten");
            browser.choose("activityForm:purposes:0:legalBasis", "Art. 6 Abs. 1 lit. b – Vertrag");
            browser.chip("activityForm:subjectCategories", "Kundinnen und Kunden");
            browser.type("activityForm:dataCategories:0:name", "Telefonnummer");
            browser.type("activityForm:dataCategories:0:erasurePeriod", "6 Monate nach Auftragsende");
            browser.click("activityForm:addPurpose"); // the open form's state on the server changes
            browser.await("activityForm:purposes:1:description", Duration.ofSeconds(15));
            int served = servingNode(browser);

            writers.start();
            Thread.sleep(2_000);
            assertTrue(writesLoggedOn(1) > 0 && writesLoggedOn(2) > 0, "the balancer shares the writes between both nodes"
                    + " (a client's connection upgraded to HTTP/2 would pass through to one node)");
            Instant killed = Instant.now();
            nodes[served].kill();
            Instant down = Instant.now();
            Duration answered = dashboardInASecondTab(browser, killed, secondName);
            browser.type("activityForm:purposes:1:description", "Termine bestätigen");
            browser.choose("activityForm:purposes:1:legalBasis", "Art. 6 Abs. 1 lit. f – berechtigte Interessen");
            browser.submit("activityForm:save");
            Duration takeover = Duration.between(killed, Instant.now());

            assertTrue(browser.pageText().contains("Verarbeitungstätigkeit gespeichert."),
                    "saved on the other node without a new login: " + browser.url() + "\n" + browser.pageText());
            assertTrue(browser.driver().getTitle().contains(secondName), "the organisation chosen stays chosen: "
                    + browser.driver().getTitle());
            assertEquals(1 - served, servingNode(browser), "the other node serves the user now");
            String activityId = browser.url().replaceAll(".*[?&]id=(\\d+).*", "$1");
            JsonObject stored = register.http().get(org(secondOrg, "activities/" + activityId)).json();
            assertEquals(List.of("Anfragen von Kundschaft beantworten", "Termine bestätigen"),
                    stored.getJsonArray("purposes").stream().map(p -> p.asJsonObject().getString("description")).toList(),
                    "what was typed before and after the failover");

            Thread.sleep(3_000);
            ClusterClients.Result writes = writers.finish();
            for (long id : writes.acknowledged()) {
                assertEquals(200, register.http().get(org(secondOrg, "channels/" + id)).status(), "acknowledged write " + id);
            }
            assertTrue(writes.acknowledged().size() > 20, "the writers kept writing: " + writes);
            List<ClusterClients.Failure> afterTheKill = writes.failures().stream().filter(f -> f.sent().isAfter(down)).toList();
            assertEquals(List.of(), afterTheKill, "only writes in the killed node's hands when it died may fail,"
                    + " a write sent after it is balanced to the other node: " + writes);
            assertTrue(writes.failed() <= writes.clients(), "at most one write in flight per client: " + writes);
            // what a client does with a write that got no answer: look whether it arrived before repeating it
            long storedNevertheless = writes.failures().stream().filter(f -> channelNamed(secondOrg, f.name())).count();
            System.out.printf("[cluster] %s: SIGKILL of node%d at %s (its processes gone after %d ms); the user's session"
                    + " answered on the other node after %d ms (a second tab), the form saved after %d ms; writers through"
                    + " the balancer: %s; of the failed (in flight on the killed node) %d stored nevertheless%n",
                    Deployments.server(), served + 1, killed, Duration.between(killed, down).toMillis(), answered.toMillis(),
                    takeover.toMillis(), writes, storedNevertheless);
        }
        assertTrailWhole();
    }

    @Test
    @Order(3)
    void clientsPinnedToEachNodeLoseNoUpdateAndTheTrailStaysOneGaplessChain() throws Exception {
        for (ServerProcess node : nodes) {
            if (!node.isRunning()) {
                node.start();
            }
        }
        awaitTwoMembers();
        long orgId = register.organisation("Zwei Schreiber GmbH");
        long channel = register.channel(orgId, "Geteilter Kanal");
        long versionBefore = register.http().get(org(orgId, "channels/" + channel)).json().getJsonNumber("version").longValue();
        List<CompletableFuture<int[]>> pinned = new ArrayList<>();
        for (int n = 0; n < 2; n++) {
            Http direct = register.http().at(URI.create("http://localhost:" + NODE_PORTS[n] + "/ropa/"));
            String owner = "Knoten " + (n + 1);
            pinned.add(CompletableFuture.supplyAsync(() -> updateRepeatedly(direct, orgId, channel, owner, 25)));
        }
        int updated = 0;
        int conflicts = 0;
        for (CompletableFuture<int[]> result : pinned) {
            updated += result.join()[0];
            conflicts += result.join()[1];
        }
        JsonObject after = register.http().get(org(orgId, "channels/" + channel)).json();
        assertEquals(versionBefore + updated, after.getJsonNumber("version").longValue(),
                "every acknowledged update is in the version count: none was lost (" + conflicts + " conflicts answered 412)");
        assertEquals(updated, count("SELECT COUNT(*) FROM audit_entry WHERE object_kind = 'CHANNEL' AND object_id = '"
                + channel + "' AND action = 'UPDATE'"), "one trail entry per acknowledged update");
        System.out.printf("[cluster] %s: clients pinned to each node: %d updates acknowledged, %d conflicts (412)%n",
                Deployments.server(), updated, conflicts);
        assertTrailWhole();
        throughputOfOneNodeAgainstTwo(orgId);
    }

    @Test
    @Order(4)
    void aPdfWhoseNodeIsKilledIsProducedAgainOnTheOtherAndTheDialogSaysSo() throws Exception {
        String name = "Grosses Register GmbH " + System.nanoTime();
        long orgId = register.organisation(name);
        Http.Answer imported = register.http().post(org(orgId, "import"),
                new RegisterGenerator(PDF_ACTIVITIES).document(name).toString());
        assertTrue(imported.status() == 200 || imported.status() == 201, imported.toString());
        String dpo = "cluster-pdf-" + orgId;
        TestAccounts.ensureUser(admin, dpo, "[\"DPO\"]", "[" + orgId + "]");
        try (Browser browser = Browser.open(balancer.baseUri(), "de")) {
            try {
                producedAgainAfterTheKill(browser, dpo, name);
            } catch (RuntimeException | AssertionError failed) {
                browser.screenshot("cluster-pdf-failed");
                throw new AssertionError("at " + browser.url() + ":\n" + browser.pageText(), failed);
            }
        }
    }

    private void producedAgainAfterTheKill(Browser browser, String dpo, String name) throws Exception {
        browser.login(dpo, TestAccounts.PASSWORD);
        browser.go("activities/list.xhtml");
        String file = "verarbeitungsverzeichnis-" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "-"
                + java.time.LocalDate.now() + ".pdf";
        Files.deleteIfExists(Browser.DOWNLOADS.resolve(file));
        browser.click("registerPdfForm:registerPdf");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d -> underWay(browser.text("reportStatus")));
        int served = servingNode(browser);
        nodes[served].kill();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d -> browser.text("reportStatus").contains("Der Server wurde gewechselt"));
        browser.await("reportForm:reportSave", Duration.ofSeconds(180));
        assertEquals(1 - served, servingNode(browser), "the other node produced it");
        browser.byId("reportForm:reportSave").click();
        Pdf pdf = Pdf.read(browser.download(file));
        assertTrue(pdf.text().contains("Verzeichnis von Verarbeitungstätigkeiten") && pdf.text().contains(name), file);
        assertTrue(pdf.text().contains("Tätigkeit " + (PDF_ACTIVITIES - 1) + " –") && pdf.pageCount() > PDF_ACTIVITIES,
                "the whole register, a page or more per activity: " + pdf.pageCount() + " pages");
    }

    /**
     * The user opens the dashboard in a second tab right after the kill: the first page of the session after it,
     * timed from the kill. It must be the dashboard of the organisation chosen, not the login page.
     */
    private Duration dashboardInASecondTab(Browser browser, Instant killed, String organisation) {
        String form = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.go("index.xhtml");
        Duration answered = Duration.between(killed, Instant.now());
        String url = browser.url();
        String title = browser.driver().getTitle();
        browser.driver().close();
        browser.driver().switchTo().window(form);
        assertFalse(url.contains("login.xhtml"), "the session outlived its node: " + url);
        assertTrue(title.contains(organisation), "the organisation chosen, in the second tab too: " + title);
        return answered;
    }

    /** Pages laid out already, or the PDF being written: the work is under way on its node (and not done). */
    private static boolean underWay(String status) {
        assertFalse(status.startsWith("Das Dokument ist fertig"), "done before the kill could interrupt it: " + status);
        return status.matches("Seiten gesetzt: [1-9].*|PDF wird geschrieben.*");
    }

    /** Whether the organisation has a channel of exactly this name, searched as an API client would. */
    private boolean channelNamed(long orgId, String name) {
        return register.http().get(org(orgId, "channels?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8))).json()
                .getJsonArray("items").stream().anyMatch(c -> c.asJsonObject().getString("name").equals(name));
    }

    /** Channel writes the balancer's log shows it sent to node {@code n} and got an answer for. */
    private long writesLoggedOn(int n) {
        return balancer.log().lines().filter(line -> line.contains(" nodes/node" + n + " ") && line.contains(" 201 ")
                && line.contains("\"POST ") && line.contains("/channels ")).count();
    }

    private int[] updateRepeatedly(Http direct, long orgId, long channel, String owner, int times) {
        int updated = 0;
        int conflicts = 0;
        String path = org(orgId, "channels/" + channel);
        for (int i = 0; i < times; i++) {
            Http.Answer read = direct.get(path);
            JsonObject current = read.json();
            String body = RegisterClient.channelJson(current.getString("name")).replaceFirst("\\{",
                    "{\"owner\":\"" + owner + " #" + i + "\",");
            Http.Answer write = direct.put(path, body, "If-Match", read.etag());
            if (write.status() == 200) {
                updated++;
            } else {
                assertEquals(412, write.status(), () -> "a racing update is refused as a conflict: " + write);
                conflicts++;
            }
        }
        return new int[] {updated, conflicts};
    }

    /**
     * Pages of channels for a few seconds from node 1 alone and through the balancer (two nodes), printed; both nodes
     * read the same pages first, as the node started again just before has compiled nothing yet.
     */
    private void throughputOfOneNodeAgainstTwo(long orgId) throws Exception {
        String page = org(orgId, "channels?size=50");
        ClusterClients.readsPerSecond(balancer.baseUri(), register.http(), page, 8, Duration.ofSeconds(5));
        double one = ClusterClients.readsPerSecond(URI.create("http://localhost:" + NODE_PORTS[0] + "/ropa/"), register.http(),
                page, 8, Duration.ofSeconds(5));
        double two = ClusterClients.readsPerSecond(balancer.baseUri(), register.http(), page, 8, Duration.ofSeconds(5));
        System.out.printf("[cluster] %s: pages read per second, 8 clients: one node %.0f, two nodes behind the balancer %.0f"
                + " (both nodes share this machine's %d cores)%n", Deployments.server(), one, two,
                Runtime.getRuntime().availableProcessors());
        assertTrue(one > 0 && two > 0);
    }

    private ServerProcess node(int n) {
        List<String> arguments = "wildfly".equals(Deployments.server())
                ? List.of("-Djboss.node.name=node" + (n + 1), "-Djboss.tx.node.id=node" + (n + 1),
                        "-Dropa.cluster.peer1.port=" + (7600 + NODE_PORTS[0] - 8080),
                        "-Dropa.cluster.peer2.port=" + (7600 + NODE_PORTS[1] - 8080))
                : List.of("--name", "node" + (n + 1), "--clustername", "ropa-cluster-it",
                        "--clustermode", "tcpip:127.0.0.1:7900,127.0.0.1:7901", "--startport", "7900",
                        "--interfaces", "127.0.0.1", "--nohostaware", "--disablephonehome");
        return ServerProcess.clusterNode(work.resolve("node" + (n + 1)), NODE_PORTS[n], arguments)
                .withEnvironment("ROPA_DB_URL", schemaUrl())
                .withEnvironment("ROPA_DB_USER", System.getProperty("it.postgresql.user", "ropa_it"))
                .withEnvironment("ROPA_DB_PASSWORD", System.getProperty("it.postgresql.password", "ropa_it"))
                .withEnvironment("ROPA_DB_DATASOURCE_CLASS", "org.postgresql.ds.PGSimpleDataSource")
                .withEnvironment("ROPA_ADMIN_PASSWORD", TestAccounts.adminPassword())
                .withEnvironment("ROPA_DEMO", "true"); // the demo's sample organisation is start-up work too
    }

    /** Which node serves the browser's session: the balancer's cookie names it. */
    private static int servingNode(Browser browser) {
        Cookie cookie = browser.driver().manage().getCookieNamed("ROPA_NODE");
        assertTrue(cookie != null, "the balancer keeps the user on one node with its cookie");
        return "node1".equals(cookie.getValue()) ? 0 : 1;
    }

    /** Both nodes have joined one cluster (their logs say so), e.g. after a node was started again. */
    private void awaitTwoMembers() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            // the node that joined last sees both (WildFly: its channel's first view; Payara: the data grid's size)
            if (java.util.Arrays.stream(nodes).allMatch(ServerProcess::isRunning)
                    && java.util.Arrays.stream(nodes).anyMatch(this::seesTwoMembers)) {
                Thread.sleep(Balancer.checkWindow().toMillis()); // the balancer's checks find both up
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the nodes did not form a cluster of two:\n" + nodes[0].log().lines()
                .filter(l -> l.contains("cluster") || l.contains("DG Size")).toList());
    }

    private boolean seesTwoMembers(ServerProcess node) {
        String log = node.log();
        String current = log.substring(Math.max(0, log.lastIndexOf("=== start ")));
        return "wildfly".equals(Deployments.server()) ? WILDFLY_TWO_MEMBERS.matcher(current).find()
                : current.contains("DG Size: 2");
    }

    /** The trail verifies (every number follows the one before, every hash the previous) and has no number twice. */
    private void assertTrailWhole() throws SQLException {
        JsonObject verification = admin.get("api/v1/audit/verification").json();
        assertTrue(verification.getBoolean("intact"), verification.toString());
        assertEquals(count("SELECT MAX(seq) FROM audit_entry"), count("SELECT COUNT(DISTINCT seq) FROM audit_entry"),
                "numbers 1..n, each once");
        assertEquals(count("SELECT MAX(seq) FROM audit_entry"), count("SELECT last_seq FROM audit_head"), "the head is the last");
    }

    private long count(String query) throws SQLException {
        try (Connection sql = database(SCHEMA); Statement statement = sql.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String schemaUrl() {
        return System.getProperty("it.postgresql.url", "jdbc:postgresql://localhost:5432/ropa_it") + "?currentSchema=" + SCHEMA;
    }

    private static Connection database(String schema) throws SQLException {
        String url = System.getProperty("it.postgresql.url", "jdbc:postgresql://localhost:5432/ropa_it");
        return DriverManager.getConnection(schema == null ? url : schemaUrl(),
                System.getProperty("it.postgresql.user", "ropa_it"), System.getProperty("it.postgresql.password", "ropa_it"));
    }
}
