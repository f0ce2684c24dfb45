package de.ropa.platform.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A property that refers to a schema of its own ({@code $ref}) is described by it: the generator also copies the Java
 * type's type, format and examples beside the reference, where they contradict it (a UTC timestamp without offset
 * is not a {@code date-time}). Those are removed; a description of the property stays.
 */
final class ReferenceSiblings {

    private ReferenceSiblings() {
    }

    static void removeFrom(OpenAPI openAPI) {
        openAPI.getComponents().getSchemas().values().forEach(ReferenceSiblings::clean);
    }

    private static void clean(Schema schema) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            schema.setType(null);
            schema.setFormat(null);
            schema.setExamples(null);
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            properties.values().forEach(ReferenceSiblings::clean);
        }
        clean(schema.getItems());
        if (schema.getAdditionalPropertiesSchema() != null) {
            clean(schema.getAdditionalPropertiesSchema());
        }
    }
}
