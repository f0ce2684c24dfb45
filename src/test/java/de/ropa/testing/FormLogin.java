package de.ropa.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Logs in through the real login page (form post with the Faces view state) and keeps the session
 * cookie, for page checks that need no JavaScript.
 */
public final class FormLogin {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces' CSP mode: its script adds the page's nonce to every form, and a postback without it is refused. */
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;
    private final String language;

    /** A browser whose Accept-Language is {@code language} (e.g. "de-DE,de;q=0.9"). */
    public FormLogin(URI base, String language) {
        this.base = base;
        this.language = language;
    }

    /** Posts the login form; answers the status of the post (302 on success). */
    public HttpResponse<String> login(String username, String password) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:submit", "");
        return submit("login.xhtml", "login", fields);
    }

    /**
     * Opens the page, then posts its form with these fields and the page's view state, as a browser
     * would (or as someone crafting a request would, with fields the page does not offer).
     */
    public HttpResponse<String> submit(String path, String formId, Map<String, String> fields) {
        HttpResponse<String> page = get(path);
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (!viewState.find()) {
            throw new AssertionError("no view state on " + path + ": " + page.body());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        form.putAll(fields);
        form.put("jakarta.faces.ViewState", viewState.group(1));
        Matcher nonce = NONCE.matcher(page.body());
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", language).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
