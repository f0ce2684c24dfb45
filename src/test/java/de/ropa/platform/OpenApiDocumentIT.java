package de.ropa.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.testing.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document as an integrator reads it from the server: the very document the build generated and linted
 * (so the same on WildFly and on Payara), with where the API is, how to authenticate and with which role, the version
 * headers, integer paging and a bounded text for every string a body takes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiDocumentIT {

    @ArquillianResource
    URL base;

    Http anonymous;
    JsonObject document;

    @BeforeEach
    void read() throws Exception {
        anonymous = new Http(base.toURI());
        Http.Answer answer = anonymous.get(base.toURI().resolve("openapi").toString(), "Accept", "application/json");
        assertEquals(200, answer.status(), answer::toString);
        document = answer.json();
    }

    @Test
    void theServerServesTheDocumentTheBuildGeneratedAndLinted() throws IOException {
        try (Reader file = Files.newBufferedReader(Paths.get("target/openapi/openapi.json"))) {
            JsonObject built = Json.createReader(file).readObject();
            for (String part : built.keySet()) {
                assertEquals(built.get(part), document.get(part), () -> "served unchanged: " + part + " differs, e.g. "
                        + firstDifference(built.get(part), document.get(part)));
            }
            assertEquals(built.keySet(), document.keySet());
        }
        assertTrue(document.getString("openapi").startsWith("3.1"));
        assertTrue(document.getJsonObject("paths").containsKey("/api/v1/organisations/{orgId}/channels"),
                "paths below the server URL, the same on both servers");
    }

    /** The servers' own endpoints would serve other documents (WildFly rewrites the paths): both are switched off. */
    @Test
    void noOtherDocumentIsServedAtTheServersRoot() {
        int status = anonymous.get(root().resolve("/openapi").toString(), "Accept", "application/json").status();

        assertTrue(status == 403 || status == 404, "the server's own /openapi answers " + status);
    }

    @Test
    void theServerUrlLeadsToTheApi() {
        String server = document.getJsonArray("servers").getJsonObject(0).getString("url");
        Http.Answer health = anonymous.get(root().resolve(server + "/api/v1/health").toString());

        assertEquals(200, health.status(), health::toString);
    }

    @Test
    void bothWaysInAreDocumentedWithTheRolesOfEachOperation() {
        JsonObject schemes = document.getJsonObject("components").getJsonObject("securitySchemes");
        assertEquals("basic", schemes.getJsonObject("basicAuth").getString("scheme"));
        assertEquals("bearer", schemes.getJsonObject("bearerAuth").getString("scheme"));

        JsonObject create = operation("/api/v1/organisations/{orgId}/channels", "post");
        assertEquals(Json.createArrayBuilder().add("dpo").add("integration").build(),
                create.getJsonArray("security").getJsonObject(0).getJsonArray("bearerAuth"));
        assertTrue(create.getString("description").contains("Roles: dpo, integration"), create::toString);
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, operation("/api/v1/health", "get").getJsonArray("security"),
                "the health check is open");
    }

    @Test
    void versionHeadersAreDescribedWhereTheyAreSentAndRequired() {
        JsonObject read = operation("/api/v1/organisations/{orgId}/channels/{channelId}", "get");
        assertTrue(read.getJsonObject("responses").getJsonObject("200").getJsonObject("headers").containsKey("ETag"));
        JsonObject created = operation("/api/v1/organisations/{orgId}/channels", "post").getJsonObject("responses")
                .getJsonObject("201").getJsonObject("headers");
        assertTrue(created.containsKey("Location") && created.containsKey("ETag"), created::toString);

        JsonObject ifMatch = operation("/api/v1/organisations/{orgId}/channels/{channelId}", "put").getJsonArray("parameters")
                .stream().map(JsonValue::asJsonObject).filter(p -> p.getString("name").equals("If-Match")).findFirst().orElseThrow();
        assertTrue(ifMatch.getBoolean("required"));
        assertFalse(ifMatch.getString("description").isBlank());
    }

    @Test
    void pagingParametersAreBoundedWholeNumbers() {
        for (JsonValue parameter : operation("/api/v1/organisations/{orgId}/channels", "get").getJsonArray("parameters")) {
            JsonObject p = parameter.asJsonObject();
            if (Set.of("page", "size").contains(p.getString("name"))) {
                assertEquals("integer", p.getJsonObject("schema").getString("type"), p::toString);
                assertTrue(p.getJsonObject("schema").containsKey("maximum"), p::toString);
            }
            assertFalse(p.getString("description", "").isBlank(), () -> "described: " + p);
        }
    }

    /** Every text a request body takes has a maxLength and every list a maxItems, nested bodies included. */
    @Test
    void everyStringAndListOfEveryRequestBodyIsBounded() {
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        List<String> unbounded = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        document.getJsonObject("paths").values().forEach(item -> item.asJsonObject().values().forEach(operation -> {
            JsonObject body = operation.asJsonObject().getJsonObject("requestBody");
            // a file upload (a spreadsheet) is bounded by the body limit of its path, not by a schema
            if (body != null && body.getJsonObject("content").containsKey("application/json")) {
                String ref = body.getJsonObject("content").getJsonObject("application/json").getJsonObject("schema").getString("$ref");
                bounds(ref.substring(ref.lastIndexOf('/') + 1), schemas, unbounded, checked);
            }
        }));
        assertEquals(List.of(), unbounded);
        assertTrue(checked.containsAll(List.of("Reason", "Review", "ActivityRequest", "RegisterDocument")), checked::toString);
        assertEquals(4000, schemas.getJsonObject("Reason").getJsonObject("properties").getJsonObject("reason").getInt("maxLength"));
    }

    private static void bounds(String name, JsonObject schemas, List<String> unbounded, List<String> checked) {
        if (checked.contains(name)) {
            return;
        }
        checked.add(name);
        JsonObject properties = schemas.getJsonObject(name).getJsonObject("properties");
        if (properties == null) {
            return;
        }
        properties.forEach((property, value) -> {
            JsonObject schema = value.asJsonObject();
            String type = schema.getString("type", "");
            if (type.equals("string") && !schema.containsKey("maxLength") && !schema.containsKey("enum")
                    && !schema.containsKey("format")) {
                unbounded.add(name + "." + property);
            }
            if (type.equals("array") && !schema.containsKey("maxItems")) {
                unbounded.add(name + "." + property);
            }
            JsonObject items = schema.getJsonObject("items");
            if (items != null && "string".equals(items.getString("type", "")) && !items.containsKey("maxLength")
                    && !items.containsKey("enum")) {
                unbounded.add(name + "." + property + "[]");
            }
            String ref = schema.containsKey("$ref") ? schema.getString("$ref")
                    : items != null && items.containsKey("$ref") ? items.getString("$ref") : null;
            if (ref != null) {
                String target = ref.substring(ref.lastIndexOf('/') + 1);
                if (!schemas.getJsonObject(target).containsKey("enum")) {
                    bounds(target, schemas, unbounded, checked);
                }
            }
        });
    }

    /** Where two JSON values first differ, for a readable failure. */
    private static String firstDifference(JsonValue expected, JsonValue actual) {
        if (expected instanceof JsonObject e && actual instanceof JsonObject a) {
            for (String key : e.keySet()) {
                if (!e.get(key).equals(a.get(key))) {
                    return key + " > " + firstDifference(e.get(key), a.get(key));
                }
            }
            return "keys " + e.keySet() + " vs " + a.keySet();
        }
        String shown = String.valueOf(expected) + " vs " + actual;
        return shown.length() > 400 ? shown.substring(0, 400) : shown;
    }

    private JsonObject operation(String path, String method) {
        return document.getJsonObject("paths").getJsonObject(path).getJsonObject(method);
    }

    private URI root() {
        return URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/");
    }
}
