package de.ropa.platform.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the problem details of each status look like, as examples in the document (texts in German, the default). */
final class ProblemExamples {

    private static final String INSTANCE = "/ropa/api/v1/organisations/1/channels/12";

    private ProblemExamples() {
    }

    static Map<String, Object> of(String status) {
        return switch (status) {
            case "400" -> withErrors(problem("urn:ropa:problem:validation", "Invalid input", 400,
                    "serviceId: erwartet eine ganze Zahl, gefunden den Text „7“"), "serviceId",
                    "erwartet eine ganze Zahl, gefunden den Text „7“", "json.expected");
            case "401" -> problem("about:blank", "Unauthorized", 401,
                    "Anmeldung nötig: ein API-Token (Authorization: Bearer …) oder Benutzername und Passwort (Basic).");
            case "403" -> problem("about:blank", "Forbidden", 403, "Dieser Vorgang braucht eine dieser Rollen: dpo, integration.");
            case "404" -> problem("about:blank", "Not Found", 404, "Kanal 12 gibt es in dieser Organisation nicht.");
            case "406" -> problem("about:blank", "Not Acceptable", 406,
                    "Diese Ressource kann nicht in dem Medientyp antworten, den der Header Accept verlangt.");
            case "409" -> problem("urn:ropa:problem:conflict", "Conflict", 409,
                    "Kanal 12 wird noch verwendet von: Tätigkeit „Terminvereinbarung“. Entfernen Sie diese Verweise zuerst.");
            case "412" -> problem("urn:ropa:problem:stale-version", "Changed by someone else", 412,
                    "Kanal 12 wurde inzwischen von jemand anderem geändert (Stand 4, Ihr Stand 3). Laden Sie ihn neu.");
            case "415" -> problem("about:blank", "Unsupported Media Type", 415,
                    "Der Inhalt text/plain wird nicht angenommen; erwartet wird application/json.");
            case "428" -> problem("urn:ropa:problem:version-required", "If-Match required", 428,
                    "Eine Änderung braucht den Header If-Match mit dem ETag des gelesenen Stands.");
            case "500" -> withCorrelation(problem("urn:ropa:problem:internal-error", "Internal Server Error", 500,
                    "Ein unerwarteter Fehler ist aufgetreten; die Kennung steht auch im Server-Log."));
            case "503" -> problem("about:blank", "Service Unavailable", 503, "Die Datenbank ist nicht erreichbar.");
            default -> null;
        };
    }

    private static Map<String, Object> problem(String type, String title, int status, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", INSTANCE);
        return problem;
    }

    private static Map<String, Object> withErrors(Map<String, Object> problem, String field, String message, String code) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        error.put("code", code);
        problem.put("errors", List.of(error));
        return problem;
    }

    private static Map<String, Object> withCorrelation(Map<String, Object> problem) {
        problem.put("correlationId", "3f2b8c1e-6d4a-4f0e-9a57-0c1d2e3f4a5b");
        return problem;
    }
}
