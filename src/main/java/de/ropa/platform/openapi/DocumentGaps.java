package de.ropa.platform.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;

/**
 * What a client author would miss: an operation without a summary of its own or a description, a parameter without a
 * description, a body without an example. Any of them fails the build, all listed at once.
 */
final class DocumentGaps {

    /** Summaries that do not say what is created, read or replaced. */
    private static final Set<String> VAGUE = Set.of("create", "read one", "replace one", "delete one", "list", "update",
            "delete", "get");

    private DocumentGaps() {
    }

    static void failOnAny(OpenAPI openAPI) {
        List<String> gaps = new ArrayList<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            String where = method + " " + path;
            if (operation.getSummary() == null || VAGUE.contains(operation.getSummary().strip().toLowerCase(java.util.Locale.ROOT))) {
                gaps.add(where + ": summary \"" + operation.getSummary() + "\" does not say what it does");
            }
            if (operation.getDescription() == null || operation.getDescription().isBlank()) {
                gaps.add(where + ": no description");
            }
            if (operation.getParameters() != null) {
                operation.getParameters().stream().filter(p -> p.getDescription() == null || p.getDescription().isBlank())
                        .forEach(p -> gaps.add(where + ": parameter " + p.getName() + " has no description"));
            }
            examples(where, operation, gaps);
        }));
        if (!gaps.isEmpty()) {
            throw new IllegalStateException("The OpenAPI document is incomplete (" + gaps.size() + "):\n  "
                    + String.join("\n  ", gaps));
        }
    }

    private static void examples(String where, Operation operation, List<String> gaps) {
        if (operation.getRequestBody() != null) {
            missing(where + ": request body", operation.getRequestBody().getContent(), gaps);
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().forEach((code, response) ->
                    missing(where + ": response " + code, response.getContent(), gaps));
        }
    }

    private static void missing(String what, Content content, List<String> gaps) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().forEach((type, media) -> {
            boolean binary = media.getSchema() != null && "binary".equals(media.getSchema().getFormat());
            if (!binary && !BodyExamples.hasExample(media)) {
                gaps.add(what + " (" + type + ") has no example");
            }
        });
    }
}
