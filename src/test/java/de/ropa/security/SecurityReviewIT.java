package de.ropa.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.testing.FormLogin;
import de.ropa.testing.Http;
import de.ropa.testing.Pdf;
import de.ropa.testing.RegisterClient;
import de.ropa.testing.TestAccounts;
import de.ropa.testing.TestDatabase;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The defects of the security review (issue 15), each shown fixed on the running server: lockout under
 * parallel guessing, sessions of changed users, the shared catalogue, formula cells in CSV, timing of unknown
 * users, cookie and script policy, body limits, trail verification per organisation, forged view states and
 * the own password change. (Demo accounts and the first admin's password: RestartAndCrashIT.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityReviewIT {

    @ArquillianResource
    URL base;

    URI uri;
    Http admin;
    RegisterClient editor;

    @BeforeEach
    void client() throws Exception {
        uri = base.toURI();
        admin = TestAccounts.admin(uri);
        editor = new RegisterClient(TestAccounts.editor(uri));
    }

    @Test
    void parallelWrongPasswordsLockTheAccountAndTheRightOneIsRefusedAfterwards() throws Exception {
        String user = "race-" + System.nanoTime();
        TestAccounts.ensureUser(uri, user, "[\"AUDITOR\"]", "[]");
        Http right = new Http(uri).with("Authorization", TestAccounts.basic(user, TestAccounts.PASSWORD));
        Http wrong = new Http(uri).with("Authorization", TestAccounts.basic(user, "wrong-password-123"));
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(threads.submit(() -> wrong.get("api/v1/organisations").status()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(401, answer.get());
            }
        } finally {
            threads.shutdownNow();
        }
        Http.Answer afterwards = right.get("api/v1/organisations");
        assertEquals(401, afterwards.status(), "16 parallel wrong passwords lock the account: " + afterwards);
        assertFalse(TestAccounts.user(admin, user).isNull("lockedUntil"), "the admin sees the lock");
    }

    @Test
    void aHashOfTheOldStrengthIsRaisedAtTheNextLogin() throws Exception {
        String name = "old-strength-" + System.nanoTime();
        TestAccounts.ensureUser(uri, name, "[\"AUDITOR\"]", "[]");
        byte[] salt = new byte[32];
        new java.security.SecureRandom().nextBytes(salt);
        byte[] key = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(
                new javax.crypto.spec.PBEKeySpec(TestAccounts.PASSWORD.toCharArray(), salt, 2048, 256)).getEncoded();
        String oldHash = "PBKDF2WithHmacSHA256:2048:" + java.util.Base64.getEncoder().encodeToString(salt) + ":"
                + java.util.Base64.getEncoder().encodeToString(key);
        try (java.sql.Connection db = TestDatabase.connect();
             java.sql.PreparedStatement update = db.prepareStatement("UPDATE user_account SET password_hash = ? WHERE username = ?")) {
            update.setString(1, oldHash);
            update.setString(2, name);
            assertEquals(1, update.executeUpdate());
        }
        Http user = new Http(uri).with("Authorization", TestAccounts.basic(name, TestAccounts.PASSWORD));
        assertEquals(200, user.get("api/v1/organisations").status(), "a hash written with the old default still verifies");
        try (java.sql.Connection db = TestDatabase.connect();
             java.sql.PreparedStatement read = db.prepareStatement("SELECT password_hash FROM user_account WHERE username = ?")) {
            read.setString(1, name);
            try (java.sql.ResultSet row = read.executeQuery()) {
                assertTrue(row.next());
                assertTrue(row.getString(1).startsWith("PBKDF2WithHmacSHA256:600000:"), "raised at the login: " + row.getString(1));
            }
        }
        assertEquals(200, user.get("api/v1/organisations").status(), "and the password still works");
    }

    @Test
    void anOpenSessionEndsWhenItsUserIsDisabledOrLosesARole() {
        long org = editor.organisation("Sitzung GmbH " + System.nanoTime());
        long channel = editor.channel(org, "Sitzungskanal");
        String name = "session-" + System.nanoTime();
        TestAccounts.ensureUser(uri, name, "[\"DPO\"]", "[" + org + "]");
        FormLogin browser = new FormLogin(uri, "de-DE,de;q=0.9");
        assertEquals(302, browser.login(name, TestAccounts.PASSWORD).statusCode());
        String page = "channels/channel.xhtml?id=" + channel;
        assertEquals(200, browser.get(page).statusCode(), "logged in, the page opens");

        change(name, "\"roles\":[\"AUDITOR\"],\"organisationIds\":[" + org + "],\"enabled\":false");

        HttpResponse<String> next = browser.get(page);
        assertEquals(302, next.statusCode(), "the session of a disabled user ends at its next request");
        assertTrue(next.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"), next.headers().toString());
        assertEquals(200, browser.login(name, TestAccounts.PASSWORD).statusCode(), "logging in again fails (login page)");
        assertEquals(302, browser.get(page).statusCode(), "and the page stays closed");
        assertEquals("Sitzungskanal", editor.http().get(RegisterClient.org(org, "channels/" + channel)).json().getString("name"));

        String admin2 = "admin-session-" + System.nanoTime();
        TestAccounts.ensureUser(uri, admin2, "[\"ADMIN\"]", "[]");
        FormLogin adminBrowser = new FormLogin(uri, "en");
        assertEquals(302, adminBrowser.login(admin2, TestAccounts.PASSWORD).statusCode());
        assertEquals(200, adminBrowser.get("admin/users.xhtml").statusCode());
        change(admin2, "\"roles\":[\"AUDITOR\"],\"organisationIds\":[],\"enabled\":true");
        assertEquals(302, adminBrowser.get("admin/users.xhtml").statusCode(), "a changed admin's session ends");
        assertEquals(302, adminBrowser.login(admin2, TestAccounts.PASSWORD).statusCode(), "logged in again, as auditor");
        assertEquals(403, adminBrowser.get("admin/users.xhtml").statusCode(), "without the admin role");
    }

    @Test
    void onlyAdminsChangeTheCatalogueAndEachUsingOrganisationSeesTheChange() {
        long mine = editor.organisation("Katalog A " + System.nanoTime());
        long other = editor.organisation("Katalog B " + System.nanoTime());
        String code = "review-" + mine;
        String service = "{\"code\":\"" + code + "\",\"name\":\"Prüfdienst\",\"variant\":\"BUSINESS_APP\",\"provider\":\"Test AG\","
                + "\"dpaOffered\":\"NOT_A_PROCESSOR\",\"dpfStatus\":\"NOT_APPLICABLE\",\"e2eeScope\":\"ALWAYS\","
                + "\"addressBookUpload\":\"NONE\",\"backupEncryption\":\"END_TO_END\",\"providerRole\":\"PROCESSOR\","
                + "\"serverRegion\":\"EEA_ONLY\",\"deletionOptions\":\"MANUAL_DELETION_ONLY\"}";
        JsonObject created = editor.created("api/v1/catalogue/messenger-services", service);
        long serviceId = RegisterClient.id(created);
        String channelOfOther = "Geheimer Kanal der Mandantin B";
        Http.Answer channel = editor.http().post(RegisterClient.org(other, "channels"),
                RegisterClient.channelJson(channelOfOther).replace("\"serviceId\":2", "\"serviceId\":" + serviceId));
        assertEquals(201, channel.status(), channel::toString);
        String dpoName = "catalogue-dpo-" + System.nanoTime();
        TestAccounts.ensureUser(uri, dpoName, "[\"DPO\"]", "[" + mine + "]");
        Http dpo = new Http(uri).with("Authorization", TestAccounts.basic(dpoName, TestAccounts.PASSWORD));
        String path = "api/v1/catalogue/messenger-services/" + serviceId;
        String etag = "\"" + created.getJsonNumber("version") + "\"";

        Http.Answer update = dpo.put(path, service.replace("\"NONE\"", "\"WHEN_PERMITTED\""), "If-Match", etag);
        Http.Answer delete = dpo.delete(path, "If-Match", etag);
        Http.Answer create = dpo.post("api/v1/catalogue/messenger-services", service.replace(code, code + "-x"));
        for (Http.Answer answer : List.of(update, delete, create)) {
            assertEquals(403, answer.status(), answer::toString);
            assertFalse(answer.body().contains(channelOfOther), "another organisation's names never appear: " + answer);
        }
        assertEquals("NONE", dpo.get(path).json().getString("addressBookUpload"), "unchanged");

        Http.Answer changed = admin.put(path, service.replace("\"addressBookUpload\":\"NONE\"", "\"addressBookUpload\":\"WHEN_PERMITTED\""),
                "If-Match", etag);
        assertEquals(200, changed.status(), changed::toString);
        long channelId = RegisterClient.id(channel.json());
        JsonObject findingsOfOther = editor.http().get(RegisterClient.org(other, "channels/" + channelId + "/findings")).json();
        assertTrue(findingsOfOther.toString().contains("CH-SERVICE-CHANGED"),
                "the admin's change asks for the using channel's review: " + findingsOfOther);
        JsonObject trailOfOther = editor.http().get(RegisterClient.org(other, "audit?objectKind=MESSENGER_SERVICE&objectId="
                + serviceId)).json();
        assertEquals(1, trailOfOther.getInt("total"), "the change is in the using organisation's trail: " + trailOfOther);
        JsonObject trailOfMine = editor.http().get(RegisterClient.org(mine, "audit?objectKind=MESSENGER_SERVICE&objectId="
                + serviceId)).json();
        assertEquals(0, trailOfMine.getInt("total"), "and not in that of an organisation not using the service");
    }

    @Test
    void formulaCellsAreExportedInertInTheTrailCsv() {
        long org = editor.organisation("Formel GmbH " + System.nanoTime());
        editor.channel(org, "=HYPERLINK(\"https://example.org\",\"klick\")");
        editor.channel(org, "@SUM(1+1)*cmd|' /C calc'!A0");
        String csv = editor.http().get(RegisterClient.org(org, "audit/export?format=csv")).body();
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"https://example.org\"\",\"\"klick\"\")\""), csv);
        assertTrue(csv.contains("\"'@SUM(1+1)"), csv);
        assertFalse(csv.contains(",\"=") || csv.contains(",\"@"), "no cell starts with a formula: " + csv);
        String json = editor.http().get(RegisterClient.org(org, "audit/export?format=json")).body();
        assertTrue(json.contains("\"objectName\":\"=HYPERLINK("), "the JSON export keeps the value as hashed: " + json);
    }

    @Test
    void knownAndUnknownUsersTakeTheSameTimeToBeRefused() {
        String known = "timing-" + System.nanoTime();
        TestAccounts.ensureUser(uri, known, "[\"AUDITOR\"]", "[]");
        List<Long> knownTimes = new ArrayList<>();
        List<Long> unknownTimes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            knownTimes.add(refusalMillis(known));
            unknownTimes.add(refusalMillis("nobody-" + System.nanoTime()));
        }
        long knownMedian = median(knownTimes);
        long unknownMedian = median(unknownTimes);
        double ratio = (double) Math.max(knownMedian, unknownMedian) / Math.max(1, Math.min(knownMedian, unknownMedian));
        System.out.printf("refusal median: known user %d ms, unknown user %d ms (ratio %.2f)%n", knownMedian, unknownMedian, ratio);
        assertTrue(ratio < 1.5, "known " + knownTimes + " unknown " + unknownTimes);
    }

    @Test
    void theSessionCookieIsSameSiteStrictAndScriptsNeedNoUnsafePolicy() {
        FormLogin browser = new FormLogin(uri, "de");
        HttpResponse<String> login = browser.login(TestAccounts.ADMIN, TestAccounts.adminPassword());
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + login.headers()));
        assertTrue(cookie.matches("(?i).*;\\s*SameSite=Strict.*"), cookie);
        assertTrue(cookie.matches("(?i).*;\\s*HttpOnly.*"), cookie);
        for (String page : List.of("login.xhtml", "index.xhtml")) {
            String policy = browser.get(page).headers().allValues("Content-Security-Policy").toString();
            assertTrue(policy.contains("script-src 'self' 'nonce-"), page + ": " + policy);
            assertFalse(policy.contains("'unsafe-eval'"), page + ": " + policy);
            assertFalse(policy.replaceAll("style-src [^;]*;", "").contains("unsafe-inline"), page + ": " + policy);
        }
        Http.Answer api = admin.get("api/v1/organisations");
        assertEquals("[default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:;"
                + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none';"
                + " script-src 'self']", api.response().headers().allValues("Content-Security-Policy").toString());
    }

    /**
     * Large bodies are offered as curl offers them, with {@code Expect: 100-continue}: the server answers before
     * the body travels, and a refused client does not keep sending into a full socket.
     */
    @Test
    void requestBodiesAreBoundedByCallerAndOperation() throws Exception {
        String anonymous = offer("login.xhtml", "application/x-www-form-urlencoded",
                "login%3Ausername=" + "a".repeat(2 * 1024 * 1024), null);
        assertTrue(anonymous.startsWith("HTTP/1.1 413"), "an anonymous 2 MB form post: " + abbreviate(anonymous));

        long org = editor.organisation("Große Körper " + System.nanoTime());
        String auditorName = "big-auditor-" + System.nanoTime();
        TestAccounts.ensureUser(uri, auditorName, "[\"AUDITOR\"]", "[" + org + "]");
        String fiveMegabytes = "{\"name\":\"" + "a".repeat(5 * 1024 * 1024) + "\"}";
        String toImport = offer(RegisterClient.org(org, "import"), "application/json", fiveMegabytes,
                TestAccounts.basic(auditorName, TestAccounts.PASSWORD));
        assertTrue(toImport.startsWith("HTTP/1.1 413"), "an auditor may not send an import-sized body: " + abbreviate(toImport));
        assertTrue(toImport.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json"), toImport);
        String toChannels = offer(RegisterClient.org(org, "channels"), "application/json", fiveMegabytes,
                TestAccounts.basic(TestAccounts.EDITOR, TestAccounts.PASSWORD));
        assertTrue(toChannels.startsWith("HTTP/1.1 413"), "5 MB for a channel: " + abbreviate(toChannels));
        String imported = offer(RegisterClient.org(org, "import"), "application/json", fiveMegabytes,
                TestAccounts.basic(TestAccounts.EDITOR, TestAccounts.PASSWORD));
        assertTrue(imported.matches("(?s)HTTP/1.1 4(0[0-9]|2[0-9]).*"), "a DPO's import may be large (refused for its"
                + " content, not its size): " + abbreviate(imported));
    }

    /**
     * Offers a body with {@code Expect: 100-continue} over a plain socket (Java's HttpClient waits forever when a
     * server answers such a request with its final status): sends it only when the server says continue, and
     * answers the server's final response head and body as text.
     */
    private String offer(String path, String contentType, String body, String authorization) throws Exception {
        URI target = uri.resolve(path);
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (java.net.Socket socket = new java.net.Socket(target.getHost(), target.getPort())) {
            socket.setSoTimeout(60_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST " + target.getRawPath() + " HTTP/1.1\r\nHost: " + target.getHost() + ":" + target.getPort()
                    + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + bytes.length + "\r\nExpect: 100-continue\r\n"
                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n") + "Connection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8));
            String status = in.readLine();
            if (status != null && status.startsWith("HTTP/1.1 100")) {
                while (!in.readLine().isEmpty()) {
                    // the rest of the interim response
                }
                out.write(bytes);
                out.flush();
                status = in.readLine();
            }
            StringBuilder answer = new StringBuilder(String.valueOf(status)).append('\n');
            for (String line = in.readLine(); line != null && answer.length() < 20_000; line = in.readLine()) {
                answer.append(line).append('\n');
            }
            return answer.toString();
        }
    }

    @Test
    void trailVerificationShowsMembersOnlyTheirOrganisation() {
        long mine = editor.organisation("Prüfkette A " + System.nanoTime());
        editor.channel(mine, "Kette 1");
        editor.channel(mine, "Kette 2");
        String dpoName = "chain-dpo-" + System.nanoTime();
        TestAccounts.ensureUser(uri, dpoName, "[\"DPO\"]", "[" + mine + "]");
        Http dpo = new Http(uri).with("Authorization", TestAccounts.basic(dpoName, TestAccounts.PASSWORD));

        assertEquals(403, dpo.get("api/v1/audit/verification").status(), "the installation's chain is for admins");
        JsonObject own = dpo.get(RegisterClient.org(mine, "audit/verification")).json();
        long ownEntries = dpo.get(RegisterClient.org(mine, "audit?size=1")).json().getJsonNumber("total").longValue();
        assertTrue(own.getBoolean("intact"), own::toString);
        assertEquals(ownEntries, own.getJsonNumber("entries").longValue(), "counts only the organisation's entries");
        String newest = dpo.get(RegisterClient.org(mine, "audit?size=1")).json().getJsonArray("items").getJsonObject(0)
                .getString("hash");
        assertEquals(newest, own.getString("lastHash"), "names the organisation's newest entry");
        JsonObject all = admin.get("api/v1/audit/verification").json();
        assertTrue(all.getBoolean("intact") && all.getJsonNumber("entries").longValue() > ownEntries, all::toString);
    }

    @Test
    void aReportFooterNamesTheOrganisationsOwnLatestTrailEntry() {
        long mine = editor.organisation("Fußzeile A " + System.nanoTime());
        editor.channel(mine, "Kanal A");
        JsonObject ownLatest = editor.http().get(RegisterClient.org(mine, "audit?size=1")).json().getJsonArray("items")
                .getJsonObject(0);
        long other = editor.organisation("Fußzeile B " + System.nanoTime());
        editor.channel(other, "Kanal B");
        JsonObject otherLatest = editor.http().get(RegisterClient.org(other, "audit?size=1")).json().getJsonArray("items")
                .getJsonObject(0);

        String text = Pdf.of(editor.http().bytes(RegisterClient.org(mine, "reports/findings") + "?lang=de"), "footer.pdf")
                .text().replaceAll("\\s+", " ");
        assertTrue(text.contains("#" + ownLatest.getJsonNumber("seq") + " · SHA-256 " + ownLatest.getString("hash").substring(0, 8)),
                "the footer names the organisation's latest entry " + ownLatest.getJsonNumber("seq") + ": " + text);
        assertFalse(text.contains(otherLatest.getString("hash").substring(0, 8)), "not another organisation's");
    }

    @Test
    void theOpenApiDocumentIsSharedWithoutCredentials() {
        Http.Answer document = new Http(uri).get(uri.resolve("openapi").toString(), "Origin", "https://elsewhere.example");
        assertEquals(200, document.status());
        assertFalse(document.header("Access-Control-Allow-Credentials").map("true"::equalsIgnoreCase).orElse(false),
                "no credentials for other origins: " + document.response().headers().map());
    }

    @Test
    void aFormWithAnUnknownViewStateIsSentBackWithoutAnError() {
        Http.Answer forged = new Http(uri).send("POST", "login.xhtml", "application/x-www-form-urlencoded",
                "login=login&login%3Ausername=x&login%3Apassword=y&jakarta.faces.ViewState=-123%3A456");
        assertTrue(forged.status() == 302 || forged.status() == 303, forged::toString);
        assertTrue(forged.header("Location").orElse("").endsWith("/login.xhtml"), forged::toString);
    }

    @Test
    void usersChangeTheirOwnPasswordOnTheScreens() {
        String name = "own-password-" + System.nanoTime();
        TestAccounts.ensureUser(uri, name, "[\"AUDITOR\"]", "[]");
        FormLogin browser = new FormLogin(uri, "de-DE,de;q=0.9");
        assertEquals(302, browser.login(name, TestAccounts.PASSWORD).statusCode());
        String chosen = "mein-neues-Passwort-2026";

        HttpResponse<String> mismatch = browser.submit("account/password.xhtml", "passwordForm", Map.of(
                "passwordForm:currentPassword", TestAccounts.PASSWORD, "passwordForm:newPassword", chosen,
                "passwordForm:repeated", chosen + "x", "passwordForm:save", ""));
        assertTrue(mismatch.body().contains("Die beiden neuen Passwörter stimmen nicht überein."), mismatch.body());
        HttpResponse<String> wrongCurrent = browser.submit("account/password.xhtml", "passwordForm", Map.of(
                "passwordForm:currentPassword", "nicht-das-Passwort", "passwordForm:newPassword", chosen,
                "passwordForm:repeated", chosen, "passwordForm:save", ""));
        assertTrue(wrongCurrent.body().contains("passwordForm:currentPassword"), "the message is beside the field");
        HttpResponse<String> saved = browser.submit("account/password.xhtml", "passwordForm", Map.of(
                "passwordForm:currentPassword", TestAccounts.PASSWORD, "passwordForm:newPassword", chosen,
                "passwordForm:repeated", chosen, "passwordForm:save", ""));
        assertEquals(302, saved.statusCode(), saved.body());
        assertEquals(200, browser.get("index.xhtml").statusCode(), "this session goes on");
        assertEquals(401, new Http(uri).with("Authorization", TestAccounts.basic(name, TestAccounts.PASSWORD))
                .get("api/v1/organisations").status(), "the old password no longer works");
        assertEquals(200, new Http(uri).with("Authorization", TestAccounts.basic(name, chosen))
                .get("api/v1/organisations").status());
    }

    private long refusalMillis(String username) {
        Http http = new Http(uri).with("Authorization", TestAccounts.basic(username, "not-the-password-" + username));
        long start = System.nanoTime();
        assertEquals(401, http.get("api/v1/organisations").status());
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** Replaces the user's roles, memberships and enabled flag as an admin. */
    private void change(String username, String fields) {
        JsonObject user = TestAccounts.user(admin, username);
        String path = "api/v1/admin/users/" + user.getJsonNumber("id");
        Http.Answer read = admin.get(path);
        Http.Answer changed = admin.put(path, "{\"username\":\"" + username + "\"," + fields + "}", "If-Match", read.etag());
        assertEquals(200, changed.status(), changed::toString);
    }


    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
