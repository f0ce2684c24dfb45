package de.ropa.platform.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Problem details written outside JAX-RS (by the authentication mechanism and servlet filters), with the
 * same shape as the API's.
 */
public final class ProblemJson {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private ProblemJson() {
    }

    public static String write(Problem problem) {
        return JSONB.toJson(problem);
    }

    public static String unauthorized(String detail, String path) {
        return of(Response.Status.UNAUTHORIZED, detail, path);
    }

    private static String of(Response.Status status, String detail, String path) {
        return JSONB.toJson(Problem.of(status, detail, URI.create(path)));
    }
}
