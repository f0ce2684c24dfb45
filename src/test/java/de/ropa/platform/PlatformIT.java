package de.ropa.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.testing.FormLogin;
import de.ropa.testing.Http;
import de.ropa.testing.TestAccounts;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The foundation on a real server: health, OpenAPI, problem details and the start page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

    @ArquillianResource
    URL base;

    Http http;
    Http anonymous;

    @BeforeEach
    void client() throws Exception {
        http = TestAccounts.editor(base.toURI());
        anonymous = new Http(base.toURI());
    }

    @Test
    void healthAnswersWithVersionAndSchemaVersion() {
        Http.Answer health = http.get("api/v1/health");

        assertEquals(200, health.status(), health::toString);
        assertTrue(health.contentType().startsWith("application/json"), health.contentType());
        JsonObject body = health.json();
        assertEquals("UP", body.getString("status"));
        assertFalse(body.getString("version").isBlank());
        JsonObject database = body.getJsonObject("database");
        assertTrue(database.getBoolean("reachable"));
        assertEquals(System.getProperty("it.database", "H2"), database.getString("product"),
                "the database this run uses");
        assertEquals(String.valueOf(latestMigration()), database.getString("schemaVersion"), "all migrations applied: " + database);
    }

    @Test
    void openApiDescribesTheApiAndTheHealthOperation() {
        Http.Answer openapi = http.get(http.base().resolve("openapi").toString(), "Accept", "application/json");

        assertEquals(200, openapi.status(), openapi::toString);
        JsonObject document = openapi.json();
        JsonObject info = document.getJsonObject("info");
        assertEquals("ROPA Messenger Register API", info.getString("title"));
        assertFalse(info.getString("version").isBlank());
        assertFalse(info.getString("description").isBlank());
        assertNotNull(info.getJsonObject("license").getString("name"));
        assertNotNull(info.getJsonObject("contact").getString("email"));
        JsonObject health = document.getJsonObject("paths").getJsonObject("/api/v1/health").getJsonObject("get");
        assertEquals("getHealth", health.getString("operationId"));
        assertTrue(health.getJsonObject("responses").containsKey("503"), "503 documented");
        assertTrue(document.getJsonObject("components").getJsonObject("schemas").containsKey("Problem"));
    }

    @Test
    void malformedJsonIsABadRequestWithProblemDetails() {
        Http.Answer answer = http.post("api/v1/organisations", "{\"name\": ");

        assertProblem(answer, 400);
        assertEquals("urn:ropa:problem:malformed-body", answer.json().getString("type"));
    }

    @Test
    void wrongJsonTypeIsABadRequestWithProblemDetails() {
        Http.Answer answer = http.post("api/v1/organisations", "{\"name\": [\"not\", \"a\", \"string\"]}");

        assertProblem(answer, 400);
    }

    @Test
    void unknownApiPathIsNotFoundWithProblemDetails() {
        Http.Answer answer = http.get("api/v1/no-such-thing");

        assertProblem(answer, 404);
        assertEquals("/ropa/api/v1/no-such-thing", answer.json().getString("instance"));
        assertTrue(answer.json().getString("detail").contains("gibt es nichts"), "German by default: " + answer);
        Http.Answer english = http.get("api/v1/no-such-thing", "Accept-Language", "en");
        assertTrue(english.json().getString("detail").startsWith("There is"), english::toString);
    }

    @Test
    void wrongContentTypeIsUnsupportedMediaTypeWithProblemDetails() {
        Http.Answer answer = http.send("POST", "api/v1/organisations", "text/plain", "name=Test");

        assertProblem(answer, 415);
        assertTrue(answer.json().getString("detail").contains("text/plain"), answer::toString);
        assertTrue(answer.json().getString("detail").contains("nicht angenommen"), "German by default: " + answer);
    }

    @Test
    void wrongMethodIsMethodNotAllowedWithProblemDetails() {
        Http.Answer answer = http.send("DELETE", "api/v1/health", null, null);

        assertProblem(answer, 405);
        assertTrue(answer.header("Allow").isPresent(), "Allow header kept");
    }

    @Test
    void theStartPageSendsAnonymousVisitorsToTheLoginPage() {
        Http.Answer start = anonymous.get("");

        assertEquals(302, start.status(), start::toString);
        assertTrue(start.header("Location").orElse("").endsWith("/login.xhtml"), start.header("Location").toString());
    }

    @Test
    void loginPageRendersWithPrimeFacesInGerman() {
        Http.Answer page = anonymous.get("login.xhtml", "Accept-Language", "de-DE,de;q=0.9");

        assertEquals(200, page.status(), page::toString);
        assertTrue(page.body().contains("lang=\"de\""), "html lang de");
        assertTrue(page.body().contains("Anmeldung"), "German title");
        assertTrue(page.body().contains("Passwort"), "German labels");
        assertTrue(page.body().contains("primefaces"), "PrimeFaces resources linked");
        assertFalse(page.body().contains("demo-dpo"), "no demo accounts outside demo mode");
    }

    @Test
    void loginPageRendersInEnglishWhenTheBrowserAsksForIt() {
        Http.Answer page = anonymous.get("login.xhtml", "Accept-Language", "en-GB,en;q=0.9");

        assertEquals(200, page.status(), page::toString);
        assertTrue(page.body().contains("lang=\"en\""), "html lang en");
        assertTrue(page.body().contains("Password"), "English labels");
    }

    @Test
    void loginPageFallsBackToGermanForOtherLanguages() {
        Http.Answer page = anonymous.get("login.xhtml", "Accept-Language", "fr-FR");

        assertTrue(page.body().contains("lang=\"de\""), "German is the default");
    }

    @Test
    void afterLoginTheStartPageRendersWithPrimeFacesInBothLanguages() throws Exception {
        FormLogin browser = new FormLogin(base.toURI(), "de-DE,de;q=0.9");
        assertEquals(302, browser.login(TestAccounts.EDITOR, TestAccounts.PASSWORD).statusCode(), "login redirects");

        var german = browser.get("");
        assertEquals(200, german.statusCode());
        assertTrue(german.body().contains("<h1>Übersicht"), german.body());
        assertTrue(german.body().contains("primefaces"), "PrimeFaces resources linked");
        assertTrue(german.body().contains(TestAccounts.EDITOR), "the logged-in user is shown");
        assertTrue(german.body().contains("erreichbar"), "database state shown");

        var english = new FormLogin(base.toURI(), "en-GB,en;q=0.9");
        english.login(TestAccounts.EDITOR, TestAccounts.PASSWORD);
        var page = english.get("");
        assertTrue(page.body().contains("<h1>Dashboard"), page.body());
        assertTrue(page.body().contains("lang=\"en\""));
    }

    @Test
    void aWrongPasswordOnTheLoginPageKeepsTheVisitorOut() throws Exception {
        FormLogin browser = new FormLogin(base.toURI(), "de");

        var answer = browser.login(TestAccounts.EDITOR, "definitely-wrong");

        assertEquals(200, answer.statusCode(), "the login page again, with a message");
        assertTrue(answer.body().contains("Anmeldung fehlgeschlagen"), answer.body());
        assertEquals(302, browser.get("").statusCode(), "still not logged in");
    }

    @Test
    void healthNeedsNoLogin() {
        assertEquals(200, anonymous.get("api/v1/health").status());
    }

    @Test
    void primeFacesResourcesAreServed() {
        Http.Answer page = anonymous.get("login.xhtml", "Accept-Language", "en");
        String script = page.body().replaceAll("(?s).*src=\"([^\"]*core\\.js[^\"]*)\".*", "$1").replace("&amp;", "&");

        Http.Answer resource = anonymous.get(serverRoot().resolve(script).toString());

        assertEquals(200, resource.status(), script);
        assertTrue(resource.body().contains("PrimeFaces"), "PrimeFaces core script");
    }

    private URI serverRoot() {
        return http.base().resolve("/");
    }

    static void assertProblem(Http.Answer answer, int status) {
        assertEquals(status, answer.status(), answer::toString);
        assertTrue(answer.contentType().startsWith("application/problem+json"), "content type " + answer.contentType());
        JsonObject problem = answer.json();
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("title").isBlank());
        assertFalse(problem.getString("detail").isBlank());
        assertFalse(answer.body().contains("Exception"), "no exception text leaks: " + answer.body());
    }

    /** The highest version among the migrations the product ships (V1__… to Vn__…). */
    private static int latestMigration() {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
