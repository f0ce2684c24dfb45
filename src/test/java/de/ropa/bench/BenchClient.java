package de.ropa.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** The benchmark's requests to the running product: set-up as admin, reading as an integration user, the probe. */
final class BenchClient {

    private static final String USER = "bench-integration";
    private static final String USER_PASSWORD = "bench-integration-password";
    private static final Duration TIMEOUT = Duration.ofMinutes(15);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String admin;
    private final SqlStatistics sql;
    private String bearer;

    BenchClient(URI base, String adminPassword, String jdbcUrl) {
        this.base = base;
        this.admin = "Basic " + Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
        this.sql = jdbcUrl == null ? null : new SqlStatistics(jdbcUrl);
    }

    URI uri(String path) {
        return base.resolve(path);
    }

    String bearer() {
        return bearer;
    }

    long organisation(String name) {
        return json(send("POST", "api/v1/organisations", admin, "{\"name\":\"" + name + "\"}", 201)).getJsonNumber("id").longValue();
    }

    void importRegister(long org, String document, boolean add) {
        send("POST", "api/v1/organisations/" + org + "/import" + (add ? "?add=true" : ""), bearer, document, 200, 201);
    }

    /** A user with the role integration in these organisations and an API token for it: how other systems read. */
    void integrationToken(Collection<Long> organisations) {
        String ids = organisations.stream().map(String::valueOf).collect(Collectors.joining(","));
        JsonObject user = json(send("POST", "api/v1/admin/users", admin, "{\"username\":\"" + USER + "\",\"password\":\""
                + USER_PASSWORD + "\",\"roles\":[\"INTEGRATION\"],\"organisationIds\":[" + ids + "]}", 201));
        JsonObject token = json(send("POST", "api/v1/admin/tokens", admin, "{\"userId\":" + user.getJsonNumber("id")
                + ",\"name\":\"benchmark\",\"validDays\":1}", 201));
        bearer = "Bearer " + token.getString("token");
    }

    JsonObject get(String path) {
        return json(send("GET", path, bearer, null, 200));
    }

    JsonObject findings(long org) {
        return json(send("GET", "api/v1/organisations/" + org + "/findings?size=1", bearer, null, 200));
    }

    /** The SQL statements the work caused, counted in H2 itself; on PostgreSQL not counted (-1). */
    SqlStatistics.Count countStatements(Runnable work) {
        if (sql == null) {
            work.run();
            return new SqlStatistics.Count(-1, java.util.Map.of());
        }
        return sql.during(work);
    }

    /** A DPO of this organisation only, logged in through the login page as a browser does (the screens). */
    de.ropa.testing.FormLogin dpoSession(long org) {
        String name = "bench-dpo-" + org;
        send("POST", "api/v1/admin/users", admin, "{\"username\":\"" + name + "\",\"password\":\"" + USER_PASSWORD
                + "\",\"roles\":[\"DPO\"],\"organisationIds\":[" + org + "]}", 201);
        de.ropa.testing.FormLogin browser = new de.ropa.testing.FormLogin(base, "de-DE,de;q=0.9");
        int status = browser.login(name, USER_PASSWORD).statusCode();
        if (status != 302) {
            throw new IllegalStateException("login of " + name + " answered " + status);
        }
        return browser;
    }

    JsonObject probe(String path) {
        return json(send("GET", "api/bench-probe/" + path, admin, null, 200));
    }

    /** The product's own path: the register PDF as an API client downloads it, with the heap watched in the server. */
    ReportRun registerPdf(long org, Path file) throws IOException {
        probe("heap/start");
        long started = System.nanoTime();
        HttpResponse<Path> response = exchange(request("api/v1/organisations/" + org + "/reports/register?lang=de", bearer)
                .GET().build(), HttpResponse.BodyHandlers.ofFile(file));
        double seconds = (System.nanoTime() - started) / 1e9;
        JsonObject heap = probe("heap/stop");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("register PDF answered " + response.statusCode() + ": " + Files.readString(file));
        }
        int pages;
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            pages = pdf.getNumberOfPages();
        }
        return new ReportRun(seconds, pages, Files.size(file), heap.getJsonNumber("baselineBytes").longValue(),
                heap.getJsonNumber("peakBytes").longValue(), heap.getJsonObject("collections"));
    }

    /** JasperReports alone with the same document, in the server's JVM (see BareJasper). */
    ReportRun barePdf(long org) {
        JsonObject bare = probe("bare?org=" + org);
        return new ReportRun(bare.getJsonNumber("millis").longValue() / 1e3, bare.getInt("pages"),
                bare.getJsonNumber("bytes").longValue(), bare.getJsonNumber("baselineBytes").longValue(),
                bare.getJsonNumber("peakBytes").longValue(), bare.getJsonObject("collections"));
    }

    private String send(String method, String path, String authorization, String body, int... expected) {
        HttpRequest.Builder request = request(path, authorization).header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = exchange(request.build(), HttpResponse.BodyHandlers.ofString());
        for (int status : expected) {
            if (response.statusCode() == status) {
                return response.body();
            }
        }
        throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                + response.body().substring(0, Math.min(2000, response.body().length())));
    }

    private HttpRequest.Builder request(String path, String authorization) {
        return HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT).header("Authorization", authorization);
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
