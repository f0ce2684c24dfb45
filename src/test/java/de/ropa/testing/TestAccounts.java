package de.ropa.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The accounts integration tests act as: the first-start admin (password from the build) and users the
 * tests create through the admin API.
 */
public final class TestAccounts {

    public static final String ADMIN = "admin";
    /** A user with the roles admin and dpo: sees every organisation and may edit registers. */
    public static final String EDITOR = "it-editor";
    public static final String PASSWORD = "it-password-2026-secret";

    private TestAccounts() {
    }

    public static String adminPassword() {
        return System.getProperty("it.admin.password", "it-admin-password-2026");
    }

    public static Http admin(URI base) {
        return new Http(base).with("Authorization", basic(ADMIN, adminPassword()));
    }

    /** The editor, created on first use. */
    public static Http editor(URI base) {
        return editor(admin(base));
    }

    /** The editor, created on first use by this admin. */
    public static Http editor(Http admin) {
        ensureUser(admin, EDITOR, "[\"ADMIN\",\"DPO\"]", "[]");
        return new Http(admin.base()).with("Authorization", basic(EDITOR, PASSWORD));
    }

    /** A second editor, for the other pair of eyes on an approval (the submitter may not approve). */
    public static final String APPROVER = "it-approver";

    public static Http approver(URI base) {
        Http admin = admin(base);
        ensureUser(admin, APPROVER, "[\"ADMIN\",\"DPO\"]", "[]");
        return new Http(base).with("Authorization", basic(APPROVER, PASSWORD));
    }

    /** A user with these roles (JSON array) and organisation ids (JSON array), created if missing. */
    public static void ensureUser(URI base, String username, String rolesJson, String organisationIdsJson) {
        ensureUser(admin(base), username, rolesJson, organisationIdsJson);
    }

    public static void ensureUser(Http admin, String username, String rolesJson, String organisationIdsJson) {
        Http.Answer users = admin.get("api/v1/admin/users");
        assertEquals(200, users.status(), () -> "admin login: " + users);
        boolean exists = users.jsonStructure().asJsonArray().stream()
                .anyMatch(u -> u.asJsonObject().getString("username").equals(username));
        if (!exists) {
            Http.Answer created = admin.post("api/v1/admin/users", "{\"username\":\"" + username + "\",\"password\":\""
                    + PASSWORD + "\",\"roles\":" + rolesJson + ",\"organisationIds\":" + organisationIdsJson + "}");
            assertEquals(201, created.status(), created::toString);
        }
    }

    /** A user as the admin API lists it. */
    public static jakarta.json.JsonObject user(Http admin, String username) {
        return admin.get("api/v1/admin/users").jsonStructure().asJsonArray().stream()
                .map(jakarta.json.JsonValue::asJsonObject)
                .filter(u -> u.getString("username").equals(username))
                .findFirst().orElseThrow(() -> new AssertionError("no user " + username));
    }

    public static long userId(Http admin, String username) {
        return user(admin, username).getJsonNumber("id").longValue();
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
