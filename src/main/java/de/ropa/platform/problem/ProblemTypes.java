package de.ropa.platform.problem;

import java.net.URI;

/** The problem type URIs of this API, beyond the plain HTTP statuses ({@code about:blank}). */
public final class ProblemTypes {

    public static final URI VALIDATION = URI.create("urn:ropa:problem:validation");
    public static final URI MALFORMED_BODY = URI.create("urn:ropa:problem:malformed-body");
    public static final URI CONFLICT = URI.create("urn:ropa:problem:conflict");
    public static final URI STALE_VERSION = URI.create("urn:ropa:problem:stale-version");
    public static final URI VERSION_REQUIRED = URI.create("urn:ropa:problem:version-required");
    public static final URI INTERNAL = URI.create("urn:ropa:problem:internal-error");

    private ProblemTypes() {
    }
}
