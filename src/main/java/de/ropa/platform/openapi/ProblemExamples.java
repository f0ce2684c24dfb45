package de.ropa.platform.openapi;

import de.ropa.platform.entity.ObjectKind;
import de.ropa.platform.i18n.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the problem details of each status look like, as examples in the document: the server's own texts (the problems
 * bundle) in German, the default language, so the examples say what a client will read.
 */
final class ProblemExamples {

    private static final String INSTANCE = "/ropa/api/v1/organisations/1/channels/12";

    private ProblemExamples() {
    }

    static Map<String, Object> of(String status) {
        return switch (status) {
            case "400" -> invalidServiceId();
            case "401" -> problem("about:blank", "Unauthorized", 401, Text.of("auth.needed"));
            case "403" -> problem("about:blank", "Forbidden", 403, Text.of("access.roles", List.of("dpo", "integration")));
            case "404" -> problem("about:blank", "Not Found", 404, Text.of("problem.notFound", ObjectKind.CHANNEL, "12"));
            case "406" -> problem("about:blank", "Not Acceptable", 406, Text.of("problem.notAcceptable"));
            case "409" -> problem("urn:ropa:problem:conflict", "Conflict", 409, Text.of("conflict.referenced", ObjectKind.CHANNEL,
                    "12", List.of(Text.of("conflict.reference", ObjectKind.ACTIVITY, "Terminvereinbarung"))));
            case "412" -> problem("urn:ropa:problem:stale-version", "Changed by someone else", 412,
                    Text.of("problem.staleVersion", ObjectKind.CHANNEL, "12", "3", "4"));
            case "415" -> problem("about:blank", "Unsupported Media Type", 415, Text.of("problem.unsupportedMediaType", "text/plain"));
            case "428" -> problem("urn:ropa:problem:version-required", "If-Match required", 428, Text.of("problem.versionRequired"));
            case "500" -> withCorrelation(problem("urn:ropa:problem:internal-error", "Internal Server Error", 500,
                    Text.of("problem.internal", "3f2b8c1e-6d4a-4f0e-9a57-0c1d2e3f4a5b")));
            default -> null;
        };
    }

    /** A wrong JSON type, as the contract names it: the detail and the field's entry. */
    private static Map<String, Object> invalidServiceId() {
        Text message = Text.of("json.expected", Text.of("json.kind.wholeNumber"), Text.of("json.found.text", "7"));
        Map<String, Object> problem = problem("urn:ropa:problem:validation", "Invalid input", 400,
                Text.of("problem.field", "serviceId", message));
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", "serviceId");
        error.put("message", message.render(Locale.GERMAN));
        error.put("code", message.key());
        problem.put("errors", List.of(error));
        return problem;
    }

    private static Map<String, Object> problem(String type, String title, int status, Text detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail.render(Locale.GERMAN));
        problem.put("instance", INSTANCE);
        return problem;
    }

    private static Map<String, Object> withCorrelation(Map<String, Object> problem) {
        problem.put("correlationId", "3f2b8c1e-6d4a-4f0e-9a57-0c1d2e3f4a5b");
        return problem;
    }
}
