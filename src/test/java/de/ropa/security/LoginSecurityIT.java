package de.ropa.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.testing.Http;
import de.ropa.testing.RegisterClient;
import de.ropa.testing.TestAccounts;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Logins, tokens, lockout, isolation between organisations, and the browser hardening headers. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginSecurityIT {

    @ArquillianResource
    URL base;

    URI uri;
    Http admin;

    @BeforeEach
    void client() throws Exception {
        uri = base.toURI();
        admin = TestAccounts.admin(uri);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        String user = "lock-" + System.nanoTime();
        TestAccounts.ensureUser(uri, user, "[\"AUDITOR\"]", "[]");
        Http right = new Http(uri).with("Authorization", TestAccounts.basic(user, TestAccounts.PASSWORD));
        assertEquals(200, right.get("api/v1/organisations").status(), "the right password works at first");

        Http wrong = new Http(uri).with("Authorization", TestAccounts.basic(user, "wrong-password-123"));
        for (int i = 0; i < 5; i++) {
            assertEquals(401, wrong.get("api/v1/organisations").status());
        }

        Http.Answer locked = right.get("api/v1/organisations");
        assertEquals(401, locked.status(), "locked: " + locked);
        JsonObject shown = TestAccounts.user(admin, user);
        assertFalse(shown.isNull("lockedUntil"), "the admin sees the lock: " + shown);
    }

    @Test
    void aTokenIsShownOnceWorksAsItsUserAndStopsWhenRevoked() {
        long org = new RegisterClient(TestAccounts.editor(uri)).organisation("Token GmbH");
        String user = "token-user-" + System.nanoTime();
        TestAccounts.ensureUser(uri, user, "[\"INTEGRATION\"]", "[" + org + "]");
        Http.Answer created = admin.post("api/v1/admin/tokens",
                "{\"userId\":" + TestAccounts.user(admin, user).getJsonNumber("id") + ",\"name\":\"CRM\",\"validDays\":30}");
        assertEquals(201, created.status(), created::toString);
        String token = created.json().getString("token");
        assertTrue(token.startsWith(created.json().getString("tokenPrefix")));

        Http client = new Http(uri).with("Authorization", "Bearer " + token);
        assertEquals(201, client.post(RegisterClient.org(org, "channels"), "{\"name\":\"Über Token\",\"serviceId\":7,"
                + "\"audience\":\"INTERNAL\",\"backupMode\":\"NONE\",\"status\":\"ACTIVE\"}").status());

        JsonObject listed = admin.get("api/v1/admin/tokens").jsonStructure().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(t -> t.getJsonNumber("id").equals(created.json().getJsonNumber("id")))
                .findFirst().orElseThrow();
        assertFalse(listed.containsKey("token") && !listed.isNull("token"), "the list never shows the token");
        assertFalse(listed.isNull("lastUsedAt"), "last use is recorded");

        assertEquals(204, admin.delete("api/v1/admin/tokens/" + created.json().getJsonNumber("id")).status());
        Http.Answer revoked = client.get(RegisterClient.org(org, "channels"));
        assertEquals(401, revoked.status());
        assertTrue(revoked.header("WWW-Authenticate").orElse("").contains("Bearer"));
    }

    @Test
    void aUserSeesOnlyTheOrganisationsItIsAMemberOf() {
        RegisterClient editor = new RegisterClient(TestAccounts.editor(uri));
        long mine = editor.organisation("Meine Mandantin");
        long other = editor.organisation("Fremde Mandantin");
        long foreignChannel = editor.channel(other, "Fremd");
        String user = "member-" + System.nanoTime();
        TestAccounts.ensureUser(uri, user, "[\"DPO\"]", "[" + mine + "]");
        Http dpo = new Http(uri).with("Authorization", TestAccounts.basic(user, TestAccounts.PASSWORD));

        JsonObject list = dpo.get("api/v1/organisations?size=200").json();
        assertEquals(1, list.getInt("total"), list::toString);
        assertEquals(mine, list.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(404, dpo.get("api/v1/organisations/" + other).status());
        assertEquals(404, dpo.get(RegisterClient.org(other, "channels") + "/" + foreignChannel).status());
        assertEquals(404, dpo.get(RegisterClient.org(other, "export")).status());
    }

    @Test
    void anAuditorChangesNothing() {
        RegisterClient editor = new RegisterClient(TestAccounts.editor(uri));
        long org = editor.organisation("Prüfung GmbH");
        long channel = editor.channel(org, "Geprüft");
        String user = "auditor-" + System.nanoTime();
        TestAccounts.ensureUser(uri, user, "[\"AUDITOR\"]", "[" + org + "]");
        Http auditor = new Http(uri).with("Authorization", TestAccounts.basic(user, TestAccounts.PASSWORD));
        String path = RegisterClient.org(org, "channels") + "/" + channel;
        Http.Answer read = auditor.get(path);
        assertEquals(200, read.status());

        Http.Answer update = auditor.put(path, "{\"name\":\"geändert\",\"serviceId\":2,\"audience\":\"EXTERNAL\","
                + "\"backupMode\":\"NONE\",\"status\":\"ACTIVE\"}", "If-Match", read.etag());
        assertEquals(403, update.status(), update::toString);
        assertEquals("application/problem+json", update.contentType());
        assertEquals(403, auditor.delete(path, "If-Match", read.etag()).status());
        assertEquals("Geprüft", auditor.get(path).json().getString("name"));
    }

    @Test
    void answersCarryTheHardeningHeaders() {
        Http.Answer page = new Http(uri).get("login.xhtml");

        String csp = page.header("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("nosniff", page.header("X-Content-Type-Options").orElse(""));
        assertTrue(page.header("Referrer-Policy").isPresent());
    }

    @Test
    void userAnswersNeverContainPasswordHashes() {
        String body = admin.get("api/v1/admin/users").body();
        assertFalse(body.toLowerCase(java.util.Locale.ROOT).contains("hash"), body);
    }

}
