package de.ropa.platform;

import static de.ropa.testing.RegisterClient.org;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import de.ropa.testing.Browser;
import de.ropa.testing.HostileBodies;
import de.ropa.testing.Http;
import de.ropa.testing.Pdf;
import de.ropa.testing.RegisterClient;
import de.ropa.testing.TestAccounts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A barrage of hostile requests (generated: wrong types per field, unknown fields, huge and deeply nested
 * bodies, invalid UTF-8, control characters, wrong content types, bad paging, path tricks): every answer
 * is a 4xx with problem details, none a 5xx, and nothing of it is stored. Markup and SQL that are valid
 * text are stored as text and shown as text.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @ArquillianResource
    URL base;

    Http editor;
    Http admin;
    RegisterClient register;
    long orgId;

    /** A user of the dpo role only, for the one operation that changes the caller itself (the own password). */
    private static final String HOSTILE_USER = "it-hostile-user";

    /**
     * One hostile request: what it is, method, path, content type, body bytes, the field it breaks (null when the
     * request is wrong as a whole), the user sending it, headers.
     */
    record Hostile(String what, String method, String path, String contentType, byte[] body, String field, String as,
                   String... headers) {

        static Hostile plain(String what, String method, String path, String contentType, byte[] body, String... headers) {
            return new Hostile(what, method, path, contentType, body, null, TestAccounts.EDITOR, headers);
        }
    }

    @BeforeEach
    void client() throws Exception {
        editor = TestAccounts.editor(base.toURI());
        admin = TestAccounts.admin(base.toURI());
        register = new RegisterClient(editor);
        orgId = register.organisation("Feindliche Eingaben " + System.nanoTime());
        TestAccounts.ensureUser(admin, HOSTILE_USER, "[\"DPO\"]", "[]");
    }

    /**
     * Every field of every request body the OpenAPI document describes, broken in every way its schema allows (see
     * {@link HostileBodies}), on every operation that takes a body, plus the envelope of each body (not JSON, cut short,
     * wrong content type, invalid UTF-8) and hostile paging, ids and versions: every answer is a 4xx with problem
     * details, a broken field is named by its path, and the trail shows that nothing was stored.
     */
    @Test
    void everyFieldOfEveryBodyBrokenEveryWayIsRefusedNamingItAndStoresNothing() throws Exception {
        long channel = register.channel(orgId, "Bestehender Kanal");
        String channelPath = org(orgId, "channels/" + channel);
        Map<String, String> ids = new LinkedHashMap<>(Map.of("orgId", Long.toString(orgId), "channelId", Long.toString(channel),
                "activityId", Long.toString(register.activity(orgId, "Bestehende Tätigkeit", channel)),
                "processorId", Long.toString(register.processor(orgId, "Bestehender AV")),
                "transferId", Long.toString(register.transfer(orgId, "Bestehender Empfänger", channel)),
                "tomId", Long.toString(register.measure(orgId, "Bestehende TOM")),
                "serviceId", "1", "measureId", "1", "findingId", "CH-NO-DPA.1", "number", "1"));
        ids.put("userId", Long.toString(TestAccounts.userId(admin, HOSTILE_USER)));
        long emptyOrg = register.organisation("Leer für den Import " + System.nanoTime());

        JsonObject document = editor.get("openapi").json();
        List<Hostile> requests = new ArrayList<>();
        int[] fieldVariants = {0};
        document.getJsonObject("paths").forEach((template, item) -> item.asJsonObject().forEach((method, value) -> {
            JsonObject operation = value.asJsonObject();
            if (!operation.containsKey("requestBody")) {
                return;
            }
            JsonObject media = operation.getJsonObject("requestBody").getJsonObject("content").getJsonObject("application/json");
            if (media == null) { // a file upload
                requests.addAll(hostileFiles(method.toUpperCase(java.util.Locale.ROOT), concrete(template, ids)));
                return;
            }
            JsonValue example = media.getJsonObject("examples").values().iterator().next().asJsonObject().get("value");
            String path = concrete(template, template.endsWith("/import") ? Map.of("orgId", Long.toString(emptyOrg)) : ids);
            String as = operation.getString("operationId").equals("changeOwnPassword") ? HOSTILE_USER : TestAccounts.EDITOR;
            // the version the object has now: a stale one would be refused before the body is looked at
            String[] headers = needsIfMatch(operation) ? new String[] {"If-Match", currentVersion(path)} : new String[0];
            String verb = method.toUpperCase(java.util.Locale.ROOT);
            for (HostileBodies.Variant variant : HostileBodies.of(document, media.getJsonObject("schema").getString("$ref"), example)) {
                requests.add(new Hostile(verb + " " + template + " " + variant.field() + ": " + variant.what(), verb, path,
                        "application/json", variant.body().getBytes(StandardCharsets.UTF_8), variant.field(), as, headers));
                fieldVariants[0]++;
            }
            requests.addAll(envelopes(verb, path, example.toString(), as, headers));
        }));
        requests.addAll(pagingAndPaths(document, ids, channel));
        assertTrue(fieldVariants[0] >= 2000, "derived " + fieldVariants[0] + " field variants from the document");

        long trailBefore = latestSeq();
        long channelsBefore = count(org(orgId, "channels"));
        // four clients at once: the answers do not depend on each other, and the run stays short
        List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            for (Hostile hostile : requests) {
                sent.add(clients.submit(() -> check(hostile, send(hostile)).ifPresent(wrong::add)));
            }
            for (java.util.concurrent.Future<?> answer : sent) {
                answer.get();
            }
        } finally {
            clients.shutdownNow();
        }
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " of " + requests.size() + " hostile requests were not refused properly:\n"
                    + String.join("\n", wrong.subList(0, Math.min(60, wrong.size()))));
        }
        System.out.printf("BadInputIT: %d hostile requests (%d derived from the fields of %d request schemas) all refused%n",
                requests.size(), fieldVariants[0], document.getJsonObject("components").getJsonObject("schemas").keySet().stream()
                        .filter(n -> n.endsWith("Request") || n.startsWith("RegisterDocument")).count());
        assertEquals(trailBefore, latestSeq(), "no refused request changed anything");
        assertEquals(channelsBefore, count(org(orgId, "channels")));
        assertEquals("Bestehender Kanal", editor.get(channelPath).json().getString("name"));
    }

    @Test
    void markupAndSqlAreStoredAsTextAndShownAsTextOnScreenAndInThePdf() throws Exception {
        String script = "<script>window.__ropaHacked=true</script><img src=x onerror=\"window.__ropaHacked=true\">";
        String sql = "Robert'); DROP TABLE channel; --";
        long channel = RegisterClient.id(register.created(org(orgId, "channels"), RegisterClient.channelJson(script + " " + sql)));
        String name = editor.get(org(orgId, "channels/" + channel)).json().getString("name");
        assertEquals(script + " " + sql, name, "stored exactly as sent");

        String text = Pdf.of(editor.bytes(org(orgId, "reports/channels/" + channel)), "hostile-datasheet.pdf").text();
        assertTrue(text.contains(sql), text);
        assertTrue(text.contains("<script>window.__ropaHacked=true</script>"), "printed as text: " + text);

        String dpo = "hostile-dpo-" + orgId;
        TestAccounts.ensureUser(base.toURI(), dpo, "[\"DPO\"]", "[" + orgId + "]");
        try (Browser browser = Browser.open(base.toURI(), "de")) {
            browser.login(dpo, TestAccounts.PASSWORD);
            for (String page : List.of("channels/list.xhtml", "channels/channel.xhtml?id=" + channel,
                    "audit/list.xhtml?kind=CHANNEL&id=" + channel)) {
                browser.go(page);
                assertTrue(browser.pageText().contains("<script>window.__ropaHacked=true</script>"), page + ": " + browser.pageText());
                Object hacked = browser.driver().executeScript("return window.__ropaHacked === true;");
                assertFalse(Boolean.TRUE.equals(hacked), page + " ran the stored script");
            }
            browser.assertNoJavaScriptErrors();
        }
    }

    /**
     * Files a spreadsheet upload must refuse as a whole, naming the file: not a spreadsheet behind a spreadsheet's
     * first bytes, cut short, a zip bomb, an OpenDocument file asking for an external entity, more rows than allowed.
     */
    private static List<Hostile> hostileFiles(String method, String path) {
        List<Hostile> files = new ArrayList<>();
        byte[] garbage = new byte[4096];
        new java.util.Random(20).nextBytes(garbage);
        byte[] zip = garbage.clone();
        zip[0] = 'P';
        zip[1] = 'K';
        zip[2] = 3;
        zip[3] = 4;
        byte[] ole = garbage.clone();
        ole[0] = (byte) 0xD0;
        ole[1] = (byte) 0xCF;
        ole[2] = 0x11;
        ole[3] = (byte) 0xE0;
        byte[] workbook = de.ropa.spreadsheets.TestWorkbooks.messyGerman();
        java.util.Map<String, byte[]> bodies = new java.util.LinkedHashMap<>();
        bodies.put("random bytes behind a zip signature", zip);
        bodies.put("random bytes behind an Excel 97 signature", ole);
        bodies.put("a workbook cut in half", java.util.Arrays.copyOf(workbook, workbook.length / 2));
        bodies.put("a zip bomb as a workbook", zipped("xl/worksheets/sheet1.xml", new byte[60 * 1024 * 1024]));
        bodies.put("an OpenDocument file with an external entity", openDocument("<?xml version=\"1.0\"?><!DOCTYPE x ["
                + "<!ENTITY e SYSTEM \"file:///etc/passwd\">]><office:document-content xmlns:office="
                + "\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">&e;</office:document-content>"));
        bodies.put("a CSV of 20,001 rows", "Bezeichnung;Zweck\n".repeat(20_001).getBytes(StandardCharsets.UTF_8));
        bodies.forEach((what, body) -> files.add(new Hostile(method + " " + path + " file: " + what, method, path,
                "application/octet-stream", body, "file", TestAccounts.EDITOR, new String[0])));
        return files;
    }

    private static byte[] zipped(String name, byte[] content) {
        try (java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry(name));
            zip.write(content);
            zip.finish();
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] openDocument(String content) {
        try (java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.finish();
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What is wrong with the answer to a hostile request, if anything. */
    private static java.util.Optional<String> check(Hostile hostile, HttpResponse<String> answer) {
        int status = answer.statusCode();
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (status < 400 || status >= 500) {
            return java.util.Optional.of(hostile.what() + ": " + status + " " + abbreviate(answer.body()));
        }
        if (status == 400 && hostile.path().contains("%00") && answer.body().isEmpty()) {
            // the server's HTTP layer (Payara's Grizzly) refuses a NUL in the address before any application sees it
            return java.util.Optional.empty();
        }
        if (!type.startsWith("application/problem+json")) {
            return java.util.Optional.of(hostile.what() + ": " + status + " as " + type + " " + abbreviate(answer.body()));
        }
        if (!problemSays(answer.body(), status)) {
            return java.util.Optional.of(hostile.what() + ": problem details without status " + status + ": " + abbreviate(answer.body()));
        }
        if (hostile.field() != null && !names(answer.body(), hostile.field())) {
            return java.util.Optional.of(hostile.what() + ": " + status + " does not name " + hostile.field() + ": "
                    + abbreviate(answer.body()));
        }
        if (hostile.field() != null && !hostile.what().endsWith("an unknown field")
                && codes(answer.body(), hostile.field()).equals(java.util.Set.of("json.unknownField"))) {
            return java.util.Optional.of(hostile.what() + ": the documented field " + hostile.field() + " is unknown to the server");
        }
        return java.util.Optional.empty();
    }

    /** The body around the fields: not an object, not JSON, cut short, too many elements, invalid UTF-8, other types. */
    private List<Hostile> envelopes(String method, String path, String validJson, String as, String... headers) {
        List<Hostile> out = new ArrayList<>();
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("array instead of object", "[" + validJson + "]");
        bodies.put("a string", "\"" + validJson.replace("\"", "'") + "\"");
        bodies.put("empty body", "");
        bodies.put("null", "null");
        bodies.put("cut short", validJson.substring(0, validJson.length() / 2));
        bodies.put("trailing garbage", validJson + "}}}");
        bodies.put("60,000 array elements", validJson.replaceFirst("\\{", "{\"many\":[" + "1,".repeat(60_000) + "1],"));
        bodies.forEach((what, body) -> out.add(new Hostile(method + " " + path + " " + what, method, path, "application/json",
                body.getBytes(StandardCharsets.UTF_8), null, as, headers)));
        byte[] broken = validJson.substring(0, validJson.indexOf(':') + 2).getBytes(StandardCharsets.UTF_8);
        byte[] withBadBytes = java.util.Arrays.copyOf(broken, broken.length + 6);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, '"', '}'};
        System.arraycopy(bad, 0, withBadBytes, broken.length, bad.length);
        out.add(new Hostile(method + " " + path + " invalid UTF-8", method, path, "application/json", withBadBytes, null, as, headers));
        // a byte-order mark or UTF-16 would let a binder read what the checks could not: refused, not bound
        byte[] json = validJson.getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[json.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withMark, 3, json.length);
        out.add(new Hostile(method + " " + path + " with a byte-order mark", method, path, "application/json", withMark, null, as, headers));
        out.add(new Hostile(method + " " + path + " as UTF-16", method, path, "application/json",
                validJson.getBytes(StandardCharsets.UTF_16BE), null, as, headers));
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "application/json; charset=ISO-8859-1-nonsense", "text/html")) {
            out.add(new Hostile(method + " " + path + " as " + type, method, path, type, validJson.getBytes(StandardCharsets.UTF_8),
                    null, as, headers));
        }
        return out;
    }

    /** The ETag of the object at this path, or of the object a sub-resource (approval, review) belongs to. */
    private String currentVersion(String path) {
        String object = path.replaceFirst("/approval/\\w+$", "");
        Http.Answer answer = editor.get(object);
        return answer.status() == 200 && answer.header("ETag").isPresent() ? answer.etag() : "\"0\"";
    }

    private static boolean needsIfMatch(JsonObject operation) {
        return operation.containsKey("parameters") && operation.getJsonArray("parameters").stream()
                .anyMatch(p -> p.asJsonObject().getString("name").equals("If-Match"));
    }

    private static String concrete(String template, Map<String, String> ids) {
        String path = template.replaceFirst("^/", "");
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", id.getValue());
        }
        return path.replaceAll("\\{[^}]+}", "1");
    }

    /** An error of the problem names the field, or a field inside it (a deeper path), or the body is refused whole. */
    private static boolean names(String body, String field) {
        JsonObject problem = Json.createReader(new StringReader(body)).readObject();
        if (!problem.containsKey("errors")) {
            return false;
        }
        return problem.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field"))
                .anyMatch(f -> f.equals(field) || f.startsWith(field + ".") || f.startsWith(field + "["));
    }

    /** The codes of the errors that name exactly this field. */
    private static java.util.Set<String> codes(String body, String field) {
        return Json.createReader(new StringReader(body)).readObject().getJsonArray("errors").stream()
                .map(JsonValue::asJsonObject).filter(e -> e.getString("field").equals(field))
                .map(e -> e.getString("code")).collect(java.util.stream.Collectors.toSet());
    }


    /**
     * Query parameters broken as their schemas allow (whole numbers outside their bounds or not numbers, unknown
     * languages, sorting by SQL or markup) on every list the document describes, and path and version tricks.
     */
    private List<Hostile> pagingAndPaths(JsonObject document, Map<String, String> ids, long channel) {
        List<Hostile> out = new ArrayList<>();
        document.getJsonObject("paths").forEach((template, item) -> {
            JsonObject read = item.asJsonObject().getJsonObject("get");
            if (read == null || !read.containsKey("parameters")) {
                return;
            }
            String path = concrete(template, ids);
            for (JsonValue value : read.getJsonArray("parameters")) {
                JsonObject parameter = value.asJsonObject();
                JsonObject schema = parameter.getJsonObject("schema");
                if (!"query".equals(parameter.getString("in")) || schema == null) {
                    continue;
                }
                List<String> hostile = new ArrayList<>();
                if ("integer".equals(schema.getString("type", ""))) {
                    hostile.addAll(List.of("abc", "1e3", "%00", "99999999999999999999"));
                    if (schema.containsKey("minimum")) {
                        hostile.add(schema.getJsonNumber("minimum").bigIntegerValue().subtract(java.math.BigInteger.ONE).toString());
                    }
                    if (schema.containsKey("maximum")) {
                        hostile.add(schema.getJsonNumber("maximum").bigIntegerValue().add(java.math.BigInteger.ONE).toString());
                    }
                } else if (schema.containsKey("enum")) {
                    hostile.addAll(List.of("tlh", "%3Cscript%3E"));
                } else if (parameter.getString("name").equals("sort")) {
                    hostile.addAll(List.of("DROP%20TABLE", "name;--", "%3Cscript%3E"));
                }
                for (String bad : hostile) {
                    String query = parameter.getString("name") + "=" + bad;
                    out.add(Hostile.plain("GET " + template + "?" + query, "GET", path + "?" + query, null, null));
                }
            }
        });
        for (String list : List.of("channels", "activities", "toms")) {
            for (String query : List.of("status=%3Cscript%3E", "status='%20OR%201=1--")) {
                out.add(Hostile.plain("GET " + list + "?" + query, "GET", org(orgId, list) + "?" + query, null, null));
            }
        }
        for (String query : List.of("from=gestern", "to=2026-02-30")) {
            out.add(Hostile.plain("GET audit?" + query, "GET", org(orgId, "audit") + "?" + query, null, null));
        }
        for (String id : List.of("..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc", "99999999999999999999", "-1", "1e3", "0x10",
                "%3Cscript%3E", "1%00", "%C3%28", "%E2%80%AE1", "9".repeat(400))) {
            out.add(Hostile.plain("GET channel " + abbreviate(id), "GET", org(orgId, "channels/" + id), null, null));
            out.add(Hostile.plain("DELETE channel " + abbreviate(id), "DELETE", org(orgId, "channels/" + id), null, null,
                    "If-Match", "\"1\""));
            out.add(Hostile.plain("GET organisation " + abbreviate(id), "GET", "api/v1/organisations/" + id, null, null));
            out.add(Hostile.plain("accept finding " + abbreviate(id), "POST", org(orgId, "findings/" + id + "/accept"), "application/json",
                    "{\"justification\":\"x\"}".getBytes(StandardCharsets.UTF_8)));
        }
        for (String etag : List.of("\"abc\"", "\"-1\"", "W/\"1\"", "\"99999999999999999999\"", "*", "")) {
            out.add(Hostile.plain("PUT with If-Match " + etag, "PUT", org(orgId, "channels/" + channel), "application/json",
                    RegisterClient.channelJson("Neu").getBytes(StandardCharsets.UTF_8), "If-Match", etag.isEmpty() ? " " : etag));
        }
        out.add(Hostile.plain("report in Klingon", "GET", org(orgId, "reports/register") + "?lang=tlh", null, null));
        out.add(Hostile.plain("register as of nonsense", "GET", org(orgId, "approved-register") + "?asOf=2026-13-45", null, null));
        out.add(Hostile.plain("export as xml", "GET", org(orgId, "audit/export") + "?format=xml", null, null));
        out.add(Hostile.plain("reviews within many days", "GET", org(orgId, "reviews") + "?within=99999999", null, null));
        return out;
    }

    private HttpResponse<String> send(Hostile hostile) {
        URI uri = editor.resolve(hostile.path());
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Authorization", TestAccounts.basic(hostile.as(), TestAccounts.PASSWORD));
        if (hostile.contentType() != null) {
            request.header("Content-Type", hostile.contentType());
        }
        for (int i = 0; i + 1 < hostile.headers().length; i += 2) {
            request.header(hostile.headers()[i], hostile.headers()[i + 1]);
        }
        request.method(hostile.method(), hostile.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(hostile.body()));
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(hostile.what(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean problemSays(String body, int status) {
        try {
            return Json.createReader(new StringReader(body)).readObject().getInt("status") == status;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private long latestSeq() {
        JsonObject page = admin.get("api/v1/audit?size=1").json();
        return page.getJsonArray("items").isEmpty() ? 0 : page.getJsonArray("items").getJsonObject(0).getJsonNumber("seq").longValue();
    }

    private long count(String list) {
        return editor.get(list + "?size=1").json().getJsonNumber("total").longValue();
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
