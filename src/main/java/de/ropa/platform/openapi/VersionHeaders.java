package de.ropa.platform.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Optimistic locking as a client must use it: every answer carrying a versioned object (a schema with a
 * whole-number {@code version}) sends it as the ETag, a change or deletion must send it back as If-Match, and a creation names the
 * new object in Location.
 */
final class VersionHeaders {

    private VersionHeaders() {
    }

    static void addTo(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (operation.getParameters() != null) {
                operation.getParameters().stream().filter(p -> p.getIn() == Parameter.In.HEADER
                        && p.getName().equalsIgnoreCase("If-Match")).forEach(VersionHeaders::ifMatch);
            }
            if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                return;
            }
            operation.getResponses().getAPIResponses().forEach((code, response) -> {
                if (code.startsWith("2") && versioned(response, schemas)) {
                    response.addHeader("ETag", header("The object's version, e.g. \"3\": send it as If-Match to change"
                            + " or delete the object"));
                }
                if (code.equals("201") && method == PathItem.HttpMethod.POST) {
                    response.addHeader("Location", header("Address of the created object"));
                }
            });
        }));
    }

    private static void ifMatch(Parameter parameter) {
        parameter.required(true).description("The ETag of the version the change is based on. Without it the answer"
                + " is 428; if someone changed the object since, 412 and nothing is changed.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(30)
                        .addExample("\"3\""));
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static boolean versioned(APIResponse response, Map<String, Schema> schemas) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return false;
        }
        for (MediaType media : response.getContent().getMediaTypes().values()) {
            Schema schema = media.getSchema();
            if (schema != null && schema.getRef() != null) {
                Schema target = schemas.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
                Schema version = target == null || target.getProperties() == null ? null : target.getProperties().get("version");
                if (version != null && version.getType() != null && version.getType().contains(Schema.SchemaType.INTEGER)) {
                    return true;
                }
            }
        }
        return false;
    }
}
