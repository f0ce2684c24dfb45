package de.ropa.platform.openapi;

import de.ropa.platform.problem.Problem;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error answers of every operation as problem details, from what the operation is
 * (method, path parameters, request body), so that no operation can forget one.
 */
final class ProblemResponses {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    private ProblemResponses() {
    }

    static void addTo(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) ->
                item.getOperations().forEach((method, operation) -> addProblems(path, method, operation)));
    }

    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasQuery = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        boolean versioned = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && p.getName().equalsIgnoreCase("If-Match"));
        boolean changesExisting = method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE
                || method == PathItem.HttpMethod.PATCH || versioned;
        if (hasBody || hasQuery) {
            add(responses, "400", "Invalid input: the problem names each rejected field");
        }
        if (!path.endsWith("/health")) {
            add(responses, "401", "Not authenticated");
            add(responses, "403", "The caller's role does not allow this operation");
        }
        if (path.contains("{")) {
            add(responses, "404", "No such object, or it belongs to an organisation the caller cannot see");
        }
        if (hasBody) {
            add(responses, "415", "The request body is not application/json");
        }
        if (changesExisting) {
            add(responses, "412", "The If-Match version is stale: someone else changed the object");
            add(responses, "428", "If-Match is missing");
        }
        if (method == PathItem.HttpMethod.DELETE || hasBody || versioned) {
            add(responses, "409", "The change conflicts with the register, e.g. the object is still referenced");
        }
        add(responses, "406", "The Accept header allows none of the media types the operation answers with");
        add(responses, "500", "Unexpected error; the problem carries a correlation id for the server log");
        responses.getAPIResponses().forEach((code, response) -> exampleFor(code, response));
    }

    /** Every problem answer, the annotated ones included, shows what such a problem looks like (German, the default). */
    private static void exampleFor(String code, org.eclipse.microprofile.openapi.models.responses.APIResponse response) {
        if (code.compareTo("400") >= 0 && (response.getContent() == null || response.getContent().getMediaTypes() == null)) {
            response.setContent(problemContent());
        }
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return;
        }
        org.eclipse.microprofile.openapi.models.media.MediaType media = response.getContent().getMediaTypes().get(Problem.MEDIA_TYPE);
        Map<String, Object> example = ProblemExamples.of(code);
        if (media != null && example != null && !BodyExamples.hasExample(media)) {
            media.addExample("problem" + code, OASFactory.createExample().summary(response.getDescription()).value(example));
        }
    }

    private static void add(APIResponses responses, String code, String description) {
        Map<String, ?> existing = responses.getAPIResponses();
        if (existing != null && existing.containsKey(code)) {
            return;
        }
        responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description).content(problemContent()));
    }

    private static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
    }
}
