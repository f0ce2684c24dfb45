package de.ropa.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** A small HTTP client for tests: real requests to the deployed WAR, answers read as text or JSON. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final URI base;
    private final Map<String, String> defaultHeaders;

    public Http(URI base) {
        this(base, Map.of());
    }

    private Http(URI base, Map<String, String> defaultHeaders) {
        this.base = base;
        this.defaultHeaders = defaultHeaders;
    }

    /** The same client sending one more header with every request (e.g. Authorization). */
    public Http with(String header, String value) {
        java.util.HashMap<String, String> headers = new java.util.HashMap<>(defaultHeaders);
        headers.put(header, value);
        return new Http(base, Map.copyOf(headers));
    }

    public URI base() {
        return base;
    }

    /** The same client (the same headers, e.g. its credentials) talking to another server (a node of a cluster). */
    public Http at(URI otherBase) {
        return new Http(otherBase, defaultHeaders);
    }

    public Answer get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    public Answer delete(String path, String... headers) {
        return send("DELETE", path, null, null, headers);
    }

    public Answer post(String path, String json, String... headers) {
        return send("POST", path, "application/json", json, headers);
    }

    public Answer put(String path, String json, String... headers) {
        return send("PUT", path, "application/json", json, headers);
    }

    /** Any request; {@code headers} are name, value pairs. */
    public Answer send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path)).timeout(Duration.ofSeconds(60));
        defaultHeaders.forEach(request::header);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return exchange(request);
    }

    private static Answer exchange(HttpRequest.Builder request) {
        try {
            return new Answer(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request with a binary body (an uploaded file); {@code headers} are name, value pairs. */
    public Answer upload(String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        defaultHeaders.forEach(request::header);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return exchange(request);
    }

    /** A GET whose answer is binary (a PDF); {@code headers} are name, value pairs. */
    public HttpResponse<byte[]> bytes(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path)).timeout(Duration.ofSeconds(120)).GET();
        defaultHeaders.forEach(request::header);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI resolve(String path) {
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return URI.create(path);
        }
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** One answer: status, headers, body. */
    public record Answer(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        public JsonObject json() {
            return (JsonObject) jsonStructure();
        }

        public JsonStructure jsonStructure() {
            try (var reader = Json.createReader(new StringReader(body()))) {
                return reader.read();
            } catch (RuntimeException e) {
                throw new AssertionError("Not JSON (status " + status() + "): " + body(), e);
            }
        }

        public String etag() {
            return header("ETag").orElseThrow(() -> new AssertionError("no ETag in answer " + status() + ": " + body()));
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
