package de.ropa.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import de.ropa.testing.Http;
import de.ropa.testing.RegisterClient;
import de.ropa.testing.TestAccounts;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Walks every operation in /openapi and asserts the answer for each kind of caller. The expected roles
 * per operation are written down here: an operation missing from {@link #MATRIX} fails the test, so a
 * new endpoint cannot arrive unprotected. Write operations are sent with an empty body or a stale
 * If-Match, so an allowed caller gets 400/412 and nothing changes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {

    static final Set<String> ALL = Set.of("admin", "dpo", "auditor", "integration");
    static final Set<String> EDIT = Set.of("dpo", "integration");
    static final Set<String> ADMIN = Set.of("admin");
    static final Set<String> CATALOGUE_EDIT = Set.of("admin");
    static final Set<String> PUBLIC = Set.of();

    /** operationId -> roles allowed (empty set: no login needed). */
    static final Map<String, Set<String>> MATRIX = new LinkedHashMap<>();

    static {
        MATRIX.put("getHealth", PUBLIC);
        MATRIX.put("listOrganisations", ALL);
        MATRIX.put("createOrganisation", ADMIN);
        MATRIX.put("getOrganisation", ALL);
        MATRIX.put("updateOrganisation", Set.of("admin", "dpo", "integration"));
        MATRIX.put("deleteOrganisation", ADMIN);
        MATRIX.put("exportRegister", ALL);
        MATRIX.put("importRegister", EDIT);
        MATRIX.put("exportWorkbook", ALL);
        MATRIX.put("channelNotices", ALL);
        MATRIX.put("previewSpreadsheetImport", EDIT);
        MATRIX.put("importSpreadsheet", EDIT);
        for (String kind : List.of("Activities", "Channels", "Processors", "Transfers", "Measures")) {
            String one = switch (kind) {
                case "Activities" -> "Activity";
                case "Channels" -> "Channel";
                case "Processors" -> "Processor";
                case "Transfers" -> "Transfer";
                default -> "Measure";
            };
            MATRIX.put("list" + kind, ALL);
            MATRIX.put("get" + one, ALL);
            MATRIX.put("create" + one, EDIT);
            MATRIX.put("update" + one, EDIT);
            MATRIX.put("delete" + one, EDIT);
        }
        for (String one : List.of("MessengerService", "CatalogueMeasure")) {
            MATRIX.put("get" + one, ALL);
            MATRIX.put("create" + one, CATALOGUE_EDIT);
            MATRIX.put("update" + one, CATALOGUE_EDIT);
            MATRIX.put("delete" + one, CATALOGUE_EDIT);
        }
        MATRIX.put("listFindings", ALL);
        MATRIX.put("listAllFindings", ALL);
        MATRIX.put("acceptFinding", Set.of("dpo"));
        MATRIX.put("reopenFinding", Set.of("dpo"));
        MATRIX.put("listRules", ALL);
        for (String report : List.of("registerReport", "processorRecordReport", "channelDatasheet", "findingsReport")) {
            MATRIX.put(report, ALL);
        }
        MATRIX.put("getRule", ALL);
        for (String one : List.of("Activity", "Channel", "Processor", "Transfer")) {
            MATRIX.put("list" + one + "Findings", ALL);
        }
        MATRIX.put("listAuditEntries", ALL);
        MATRIX.put("exportAuditTrail", ALL);
        MATRIX.put("verifyAuditTrail", ADMIN);
        MATRIX.put("verifyOrganisationAuditTrail", ALL);
        MATRIX.put("changeOwnPassword", ALL);
        MATRIX.put("listAllAuditEntries", ADMIN);
        MATRIX.put("submitActivity", Set.of("dpo"));
        MATRIX.put("approveActivity", Set.of("dpo"));
        MATRIX.put("rejectActivity", Set.of("dpo"));
        MATRIX.put("listActivityVersions", ALL);
        MATRIX.put("getActivityVersion", ALL);
        MATRIX.put("compareActivityVersion", ALL);
        MATRIX.put("getApprovedRegister", ALL);
        MATRIX.put("listDueReviews", ALL);
        MATRIX.put("recordReview", EDIT);
        MATRIX.put("listMessengerServices", ALL);
        MATRIX.put("listCatalogueMeasures", ALL);
        for (String op : List.of("listUsers", "createUser", "getUser", "updateUser", "deleteUser", "listTokens",
                "createToken", "revokeToken")) {
            MATRIX.put(op, ADMIN);
        }
    }

    @ArquillianResource
    URL base;

    /** {@code takesFile}: the documented request body is a file, not JSON (the spreadsheet uploads). */
    record Operation(String id, String method, String path, boolean takesFile) {
    }

    /**
     * @param sampled the caller presents invalid credentials: every failed login is held back by the login
     *                throttle (up to 250 ms), and credentials are checked before any resource is chosen, so
     *                such a caller is tried on one operation per resource instead of all of them
     */
    record Caller(String name, Set<String> roles, Http http, boolean otherOrganisation, boolean sampled) {

        Caller(String name, Set<String> roles, Http http, boolean otherOrganisation) {
            this(name, roles, http, otherOrganisation, false);
        }
    }

    /**
     * The roles /openapi names for each operation (its security requirements, the same for Basic and Bearer) are the
     * ones this matrix expects and the test below proves: what integrators read is what the server does.
     */
    @Test
    void theDocumentNamesTheRolesOfTheMatrix() throws Exception {
        JsonObject document = new Http(base.toURI()).get(base.toURI().resolve("openapi").toString(), "Accept",
                "application/json").json();
        Map<String, Set<String>> documented = new LinkedHashMap<>();
        document.getJsonObject("paths").values().forEach(item -> item.asJsonObject().values().forEach(value -> {
            JsonObject operation = value.asJsonObject();
            Set<String> roles = new java.util.TreeSet<>();
            for (JsonValue requirement : operation.getJsonArray("security")) {
                requirement.asJsonObject().values().forEach(names -> names.asJsonArray()
                        .forEach(name -> roles.add(((jakarta.json.JsonString) name).getString())));
                assertEquals(Set.of("basicAuth", "bearerAuth"), operation.getJsonArray("security").stream()
                        .flatMap(r -> r.asJsonObject().keySet().stream()).collect(java.util.stream.Collectors.toSet()),
                        () -> "both ways in: " + operation);
            }
            documented.put(operation.getString("operationId"), roles);
        }));
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        MATRIX.forEach((id, roles) -> expected.put(id, new java.util.TreeSet<>(roles)));
        assertEquals(new java.util.TreeMap<>(expected), new java.util.TreeMap<>(documented));
    }

    @Test
    void everyOperationAnswersEachCallerAsTheMatrixSays() throws Exception {
        URI uri = base.toURI();
        Http admin = TestAccounts.admin(uri);
        Http editor = TestAccounts.editor(uri);
        RegisterClient register = new RegisterClient(editor);
        long orgA = register.organisation("Matrix A " + System.nanoTime());
        long orgB = register.organisation("Matrix B " + System.nanoTime());
        long channel = register.channel(orgA, "Matrix-Kanal");
        Map<String, String> ids = new HashMap<>(Map.of(
                "orgId", Long.toString(orgA),
                "channelId", Long.toString(channel),
                "activityId", Long.toString(register.activity(orgA, "Matrix-Tätigkeit", channel)),
                "processorId", Long.toString(register.processor(orgA, "Matrix-Auftragsverarbeiter")),
                "transferId", Long.toString(register.transfer(orgA, "Matrix-Empfänger", channel)),
                "tomId", Long.toString(register.measure(orgA, "Matrix-Maßnahme")),
                "serviceId", "2",
                "measureId", "1",
                "userId", Long.toString(TestAccounts.userId(admin, TestAccounts.EDITOR)),
                "tokenId", Long.toString(token(admin, "m-integration", orgA, false))));
        ids.put("findingId", "CH-CONTACT-SYNC." + channel);
        ids.put("number", "1");
        approve(editor, TestAccounts.approver(uri), orgA, Long.parseLong(ids.get("activityId")));
        ids.put("ruleId", "CH-CONTACT-SYNC");

        String suffix = Long.toString(orgA);
        List<Caller> callers = new ArrayList<>();
        callers.add(new Caller("no credentials", Set.of(), new Http(uri), false));
        // a throwaway account: the wrong password locks it after five attempts, which is the point
        TestAccounts.ensureUser(uri, "m-wrong-" + suffix, "[\"DPO\"]", "[" + orgA + "]");
        callers.add(new Caller("wrong password", Set.of(), new Http(uri).with("Authorization",
                TestAccounts.basic("m-wrong-" + suffix, "not-the-password")), false, true));
        callers.add(new Caller("revoked token", Set.of(), new Http(uri).with("Authorization",
                "Bearer " + clearToken(admin, "m-integration", orgA, true)), false, true));
        callers.add(new Caller("auditor", Set.of("auditor"), user(uri, "m-auditor-" + suffix, "AUDITOR", orgA), false));
        callers.add(new Caller("dpo", Set.of("dpo"), user(uri, "m-dpo-" + suffix, "DPO", orgA), false));
        callers.add(new Caller("integration token", Set.of("integration"), new Http(uri).with("Authorization",
                "Bearer " + clearToken(admin, "m-integration", orgA, false)), false));
        callers.add(new Caller("admin", Set.of("admin"), admin, false));
        callers.add(new Caller("dpo of another organisation", Set.of("dpo"), user(uri, "m-dpo-b-" + suffix, "DPO", orgB), true));

        List<Operation> operations = operations(editor);
        List<String> unlisted = operations.stream().map(Operation::id).filter(id -> !MATRIX.containsKey(id)).toList();
        assertTrue(unlisted.isEmpty(), "operations missing from the authorization matrix: " + unlisted);

        List<String> wrong = new ArrayList<>();
        Set<String> sampledResources = new java.util.HashSet<>();
        for (Operation operation : operations) {
            boolean firstOfResource = sampledResources.add(resource(operation.path()));
            for (Caller caller : callers) {
                if (caller.sampled() && !firstOfResource) {
                    continue;
                }
                Http.Answer answer = call(caller.http(), operation, ids);
                String problem = check(operation, caller, answer.status());
                if (problem != null) {
                    wrong.add(operation.method() + " " + operation.path() + " (" + operation.id() + ") as " + caller.name()
                            + ": " + problem + " — " + answer.status() + " " + abbreviate(answer.body()));
                }
                if (answer.status() == 401 && answer.header("WWW-Authenticate").isEmpty()) {
                    wrong.add(operation.id() + " as " + caller.name() + ": 401 without WWW-Authenticate");
                }
                if (answer.status() >= 400 && !answer.contentType().startsWith("application/problem+json")) {
                    wrong.add(operation.id() + " as " + caller.name() + ": " + answer.status() + " not as problem details but "
                            + answer.contentType());
                }
            }
        }
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " answers differ from the matrix:\n" + String.join("\n", wrong));
        }
        assertTrue(operations.size() >= 40, "walked " + operations.size() + " operations");
    }

    /** The resource an operation belongs to: its first path segment, after the organisation if there is one. */
    private static String resource(String path) {
        String rest = path.replaceFirst("^/api/v1/", "").replaceFirst("^organisations/\\{orgId\\}/?", "org/");
        String[] segments = rest.split("/");
        return segments.length > 1 && segments[0].equals("org") ? "org/" + segments[1] : segments[0];
    }

    private static String check(Operation operation, Caller caller, int status) {
        Set<String> allowed = MATRIX.get(operation.id());
        if (status >= 500) {
            return "server error";
        }
        if (allowed.isEmpty()) {
            return status == 200 ? null : "expected 200 for everyone";
        }
        if (caller.roles().isEmpty()) {
            return status == 401 ? null : "expected 401";
        }
        boolean roleAllowed = caller.roles().stream().anyMatch(allowed::contains);
        if (!roleAllowed) {
            return status == 403 ? null : "expected 403";
        }
        if (caller.otherOrganisation() && operation.path().contains("{orgId}")) {
            return status == 404 ? null : "expected 404 (another organisation's object)";
        }
        boolean write = !operation.method().equals("GET");
        if (write) {
            return status == 401 || status == 403 ? "expected to be allowed (400/404/409/412)" : null;
        }
        return status == 200 ? null : "expected 200";
    }

    private static Http.Answer call(Http http, Operation operation, Map<String, String> ids) {
        String path = operation.path();
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", id.getValue());
        }
        path = path.substring(1);
        if (operation.takesFile()) { // a CSV line that states no activity
            return http.upload(path, "text/csv", "Spalte;Wert\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return switch (operation.method()) {
            case "GET" -> http.get(path);
            case "POST" -> http.post(path, "{}", "If-Match", "\"999999\"");
            case "PUT" -> http.put(path, "{}", "If-Match", "\"999999\"");
            case "DELETE" -> http.delete(path, "If-Match", "\"999999\"");
            default -> throw new AssertionError("unexpected method " + operation.method());
        };
    }

    /** The operations of /openapi with paths relative to the application ("/api/v1/…"). */
    private static List<Operation> operations(Http http) {
        JsonObject document = http.get(http.base().resolve("openapi").toString(), "Accept", "application/json").json();
        List<Operation> operations = new ArrayList<>();
        document.getJsonObject("paths").forEach((rawPath, item) -> {
            String path = rawPath.substring(rawPath.indexOf("/api/v1"));
            item.asJsonObject().forEach((method, operation) -> {
                if (Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                    JsonObject body = operation.asJsonObject().getJsonObject("requestBody");
                    boolean takesFile = body != null && !body.getJsonObject("content").containsKey("application/json");
                    operations.add(new Operation(operation.asJsonObject().getString("operationId"),
                            method.toUpperCase(java.util.Locale.ROOT), path, takesFile));
                }
            });
        });
        return operations;
    }

    /** Submits (one DPO) and approves (another) an activity, so that it has version 1. */
    static void approve(Http dpo, Http approver, long orgId, long activityId) {
        String activity = "api/v1/organisations/" + orgId + "/activities/" + activityId;
        Http.Answer submitted = dpo.post(activity + "/approval/submit", "", "If-Match", dpo.get(activity).etag());
        assertEquals(200, submitted.status(), submitted::toString);
        Http.Answer approved = approver.post(activity + "/approval/approve", "", "If-Match", submitted.etag());
        assertEquals(200, approved.status(), approved::toString);
    }

    private static Http user(URI uri, String username, String role, long organisation) {
        TestAccounts.ensureUser(uri, username, "[\"" + role + "\"]", "[" + organisation + "]");
        return new Http(uri).with("Authorization", TestAccounts.basic(username, TestAccounts.PASSWORD));
    }


    private static JsonObject issue(Http admin, String username, long organisation, boolean revoke) {
        TestAccounts.ensureUser(admin.base(), username, "[\"INTEGRATION\"]", "[" + organisation + "]");
        long user = TestAccounts.userId(admin, username);
        Http.Answer created = admin.post("api/v1/admin/tokens",
                "{\"userId\":" + user + ",\"name\":\"matrix\",\"validDays\":30}");
        assertEquals(201, created.status(), created::toString);
        if (revoke) {
            assertEquals(204, admin.delete("api/v1/admin/tokens/" + created.json().getJsonNumber("id")).status());
        }
        return created.json();
    }

    private static String clearToken(Http admin, String username, long organisation, boolean revoke) {
        return issue(admin, username, organisation, revoke).getString("token");
    }

    private static long token(Http admin, String username, long organisation, boolean revoke) {
        return issue(admin, username, organisation, revoke).getJsonNumber("id").longValue();
    }

    private static String abbreviate(String body) {
        return body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }
}
