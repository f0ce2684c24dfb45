package de.ropa.platform;

import static de.ropa.testing.RegisterClient.org;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import de.ropa.testing.Browser;
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
    String auth;

    /** One hostile request: what it is, method, path, content type, body bytes, headers. */
    record Hostile(String what, String method, String path, String contentType, byte[] body, String... headers) {
    }

    @BeforeEach
    void client() throws Exception {
        editor = TestAccounts.editor(base.toURI());
        admin = TestAccounts.admin(base.toURI());
        register = new RegisterClient(editor);
        orgId = register.organisation("Feindliche Eingaben " + System.nanoTime());
        auth = TestAccounts.basic(TestAccounts.EDITOR, TestAccounts.PASSWORD);
    }

    @Test
    void fiveHundredHostileRequestsAreAllRefusedWithProblemDetailsAndStoreNothing() {
        long channel = register.channel(orgId, "Bestehender Kanal");
        String channelPath = org(orgId, "channels/" + channel);
        String etag = editor.get(channelPath).etag();
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put(org(orgId, "channels"), RegisterClient.channelJson("Kanal"));
        bodies.put(org(orgId, "activities"), RegisterClient.activityJson("Tätigkeit", channel));
        bodies.put(org(orgId, "processors"), "{\"name\":\"AV\",\"role\":\"PROCESSOR\",\"agreementStatus\":\"SIGNED\",\"country\":\"IE\"}");
        bodies.put(org(orgId, "transfers"), "{\"recipient\":\"Empfänger\",\"country\":\"US\",\"mechanism\":\"STANDARD_CONTRACTUAL_CLAUSES\","
                + "\"sccModule\":\"MODULE_2_C2P\",\"channelIds\":[" + channel + "]}");
        bodies.put(org(orgId, "toms"), "{\"title\":\"TOM\",\"art32Letter\":\"B_CONFIDENTIALITY_INTEGRITY_AVAILABILITY\","
                + "\"sdmGoal\":\"CONFIDENTIALITY\",\"status\":\"IMPLEMENTED\"}");
        bodies.put(org(orgId, "reviews"), "{\"objectKind\":\"CHANNEL\",\"objectId\":" + channel + ",\"note\":\"ok\"}");

        List<Hostile> requests = new ArrayList<>();
        bodies.forEach((path, json) -> requests.addAll(mutations(path, json, path.endsWith("reviews") ? etag : null)));
        requests.addAll(mutations(channelPath, RegisterClient.channelJson("Kanal"), etag).stream()
                .map(h -> new Hostile("PUT " + h.what(), "PUT", h.path(), h.contentType(), h.body(), h.headers())).toList());
        requests.addAll(pagingAndPaths(channel));
        assertTrue(requests.size() >= 500, "generated " + requests.size() + " hostile requests");

        long trailBefore = latestSeq();
        long channelsBefore = count(org(orgId, "channels"));
        List<String> wrong = new ArrayList<>();
        for (Hostile hostile : requests) {
            HttpResponse<String> answer = send(hostile);
            int status = answer.statusCode();
            String type = answer.headers().firstValue("Content-Type").orElse("");
            if (status < 400 || status >= 500) {
                wrong.add(hostile.what() + ": " + status + " " + abbreviate(answer.body()));
            } else if (status == 400 && hostile.path().contains("%00") && answer.body().isEmpty()) {
                // the server's HTTP layer (Payara's Grizzly) refuses a NUL in the address before any application sees it
                continue;
            } else if (!type.startsWith("application/problem+json")) {
                wrong.add(hostile.what() + ": " + status + " as " + type + " " + abbreviate(answer.body()));
            } else if (!problemSays(answer.body(), status)) {
                wrong.add(hostile.what() + ": problem details without status " + status + ": " + abbreviate(answer.body()));
            }
        }
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " of " + requests.size() + " hostile requests were not refused properly:\n"
                    + String.join("\n", wrong.subList(0, Math.min(60, wrong.size()))));
        }
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

    /** Variants of one valid JSON body that no correct client sends. */
    private List<Hostile> mutations(String path, String validJson, String ifMatch) {
        String[] headers = ifMatch == null ? new String[0] : new String[] {"If-Match", ifMatch};
        List<Hostile> out = new ArrayList<>();
        JsonObject valid = Json.createReader(new StringReader(validJson)).readObject();
        for (String field : valid.keySet()) {
            for (JsonValue wrong : wrongTypes(valid.get(field))) {
                out.add(json(path + " " + field + "=" + abbreviate(wrong.toString()), path,
                        Json.createObjectBuilder(valid).add(field, wrong).build().toString(), headers));
            }
            out.add(json(path + " " + field + " with a NUL", path,
                    Json.createObjectBuilder(valid).add(field, "a\u0000b").build().toString(), headers));
            out.add(json(path + " " + field + " with an escape sequence", path,
                    Json.createObjectBuilder(valid).add(field, "\u001b[31mrot").build().toString(), headers));
            out.add(json(path + " " + field + " 1 MB", path,
                    Json.createObjectBuilder(valid).add(field, "x".repeat(1_000_000)).build().toString(), headers));
        }
        out.add(json(path + " unknown field", path, validJson.replaceFirst("\\{", "{\"hacker\":true,"), headers));
        out.add(json(path + " nested 5000 deep", path, validJson.replaceFirst("\\{", "{\"deep\":" + "[".repeat(5000)
                + "]".repeat(5000) + ","), headers));
        out.add(json(path + " array instead of object", path, "[" + validJson + "]", headers));
        out.add(json(path + " a string", path, "\"" + validJson.replace("\"", "'") + "\"", headers));
        out.add(json(path + " empty body", path, "", headers));
        out.add(json(path + " null", path, "null", headers));
        out.add(json(path + " cut short", path, validJson.substring(0, validJson.length() / 2), headers));
        out.add(json(path + " trailing garbage", path, validJson + "}}}", headers));
        out.add(json(path + " 60,000 array elements", path, validJson.replaceFirst("\\{", "{\"many\":["
                + "1,".repeat(60_000) + "1],"), headers));
        byte[] invalidUtf8 = validJson.replaceFirst("\"[^\"]*\"\\s*}?$", "").getBytes(StandardCharsets.UTF_8);
        byte[] broken = (validJson.substring(0, validJson.indexOf(':') + 2)).getBytes(StandardCharsets.UTF_8);
        byte[] withBadBytes = new byte[broken.length + 4 + 2];
        System.arraycopy(broken, 0, withBadBytes, 0, broken.length);
        withBadBytes[broken.length] = (byte) 0xC3;
        withBadBytes[broken.length + 1] = (byte) 0x28;
        withBadBytes[broken.length + 2] = (byte) 0xFF;
        withBadBytes[broken.length + 3] = (byte) 0xFE;
        withBadBytes[broken.length + 4] = '"';
        withBadBytes[broken.length + 5] = '}';
        out.add(new Hostile(path + " invalid UTF-8", method(headers), path, "application/json", withBadBytes, headers));
        assertTrue(invalidUtf8.length > 0);
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "application/json; charset=ISO-8859-1-nonsense", "text/html")) {
            out.add(new Hostile(path + " as " + type, method(headers), path, type, validJson.getBytes(StandardCharsets.UTF_8), headers));
        }
        return out;
    }

    private Hostile json(String what, String path, String body, String... headers) {
        return new Hostile(what, method(headers), path, "application/json", body.getBytes(StandardCharsets.UTF_8), headers);
    }

    private static String method(String... headers) {
        return "POST";
    }

    private static List<JsonValue> wrongTypes(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> List.of(Json.createValue(12345), JsonValue.TRUE, JsonValue.EMPTY_JSON_ARRAY, JsonValue.EMPTY_JSON_OBJECT);
            case NUMBER -> List.of(Json.createValue("zwölf"), JsonValue.TRUE, JsonValue.EMPTY_JSON_OBJECT, Json.createValue(-1),
                    Json.createValue(1e300));
            case TRUE, FALSE -> List.of(Json.createValue("ja"), Json.createValue(2), JsonValue.EMPTY_JSON_ARRAY);
            case ARRAY -> List.of(Json.createValue("kein Array"), Json.createValue(1), JsonValue.EMPTY_JSON_OBJECT,
                    Json.createArrayBuilder().add(JsonValue.EMPTY_JSON_OBJECT).add(JsonValue.TRUE).build());
            case OBJECT -> List.of(Json.createValue("kein Objekt"), JsonValue.EMPTY_JSON_ARRAY);
            default -> List.of(Json.createValue("?"));
        };
    }

    private List<Hostile> pagingAndPaths(long channel) {
        List<Hostile> out = new ArrayList<>();
        for (String list : List.of("channels", "activities", "processors", "transfers", "toms", "findings", "audit")) {
            List<String> queries = new ArrayList<>(List.of("page=-1", "size=0", "size=-5", "size=1000000000", "page=99999999999999",
                    "page=abc", "size=1e3", "page=1&size=%00"));
            if (!list.equals("audit")) {
                queries.addAll(List.of("sort=DROP%20TABLE", "sort=name;--", "sort=%3Cscript%3E"));
            }
            if (List.of("channels", "activities", "toms").contains(list)) {
                queries.addAll(List.of("status=%3Cscript%3E", "status='%20OR%201=1--"));
            }
            if (list.equals("audit")) {
                queries.addAll(List.of("from=gestern", "to=2026-02-30"));
            }
            for (String query : queries) {
                out.add(new Hostile("GET " + list + "?" + query, "GET", org(orgId, list) + "?" + query, null, null));
            }
        }
        for (String id : List.of("..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc", "99999999999999999999", "-1", "1e3", "0x10",
                "%3Cscript%3E", "1%00", "%C3%28", "%E2%80%AE1", "9".repeat(400))) {
            out.add(new Hostile("GET channel " + abbreviate(id), "GET", org(orgId, "channels/" + id), null, null));
            out.add(new Hostile("DELETE channel " + abbreviate(id), "DELETE", org(orgId, "channels/" + id), null, null,
                    "If-Match", "\"1\""));
            out.add(new Hostile("GET organisation " + abbreviate(id), "GET", "api/v1/organisations/" + id, null, null));
            out.add(new Hostile("accept finding " + abbreviate(id), "POST", org(orgId, "findings/" + id + "/accept"), "application/json",
                    "{\"justification\":\"x\"}".getBytes(StandardCharsets.UTF_8)));
        }
        for (String etag : List.of("\"abc\"", "\"-1\"", "W/\"1\"", "\"99999999999999999999\"", "*", "")) {
            out.add(new Hostile("PUT with If-Match " + etag, "PUT", org(orgId, "channels/" + channel), "application/json",
                    RegisterClient.channelJson("Neu").getBytes(StandardCharsets.UTF_8), "If-Match", etag.isEmpty() ? " " : etag));
        }
        out.add(new Hostile("report in Klingon", "GET", org(orgId, "reports/register") + "?lang=tlh", null, null));
        out.add(new Hostile("register as of nonsense", "GET", org(orgId, "approved-register") + "?asOf=2026-13-45", null, null));
        out.add(new Hostile("export as xml", "GET", org(orgId, "audit/export") + "?format=xml", null, null));
        out.add(new Hostile("reviews within many days", "GET", org(orgId, "reviews") + "?within=99999999", null, null));
        return out;
    }

    private HttpResponse<String> send(Hostile hostile) {
        URI uri = editor.resolve(hostile.path());
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Authorization", auth);
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
