package de.ropa.platform.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * HTTP Basic and Bearer tokens as the two ways in, and per operation the roles that may call it: OpenAPI 3.1 lets a
 * non-OAuth requirement list role names, which is what the product's roles are.
 */
final class ApiSecurity {

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";

    private ApiSecurity() {
    }

    static void addTo(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSecurityScheme(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").description("An API token (POST /api/v1/admin/tokens, shown once) as"
                        + " `Authorization: Bearer <token>`; the recommended way for other systems."));
        components.addSecurityScheme(BASIC, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("basic").description("A user's name and password. Five wrong passwords lock the account for"
                        + " 15 minutes."));
        openAPI.setSecurity(requirements(List.of()));
        openAPI.getPaths().getPathItems().forEach((path, item) ->
                item.getOperations().forEach((method, operation) -> roles(path, method, operation)));
    }

    private static void roles(String path, PathItem.HttpMethod method, Operation operation) {
        dropFromResponses(operation);
        Map<String, Object> extensions = operation.getExtensions();
        Object declared = extensions == null ? null : extensions.get(ApiRoles.EXTENSION);
        if (declared instanceof List<?>) {
            return; // completed already: the generator may hand the same model to the filter more than once
        }
        if (declared == null && method != PathItem.HttpMethod.GET) {
            throw new IllegalStateException(method + " " + path + " does not say which roles may call it (@Extension "
                    + ApiRoles.EXTENSION + ")");
        }
        String roles = declared == null ? ApiRoles.ANYONE : declared.toString();
        String line;
        if (roles.equals(ApiRoles.NONE)) {
            operation.setSecurity(List.of());
            operation.removeExtension(ApiRoles.EXTENSION);
            line = "No authentication needed.";
        } else {
            List<String> names = Arrays.stream(roles.split(",")).map(String::strip).toList();
            operation.setSecurity(requirements(names));
            operation.addExtension(ApiRoles.EXTENSION, new ArrayList<>(names));
            line = "Roles: " + String.join(", ", names) + (path.contains("{orgId}")
                    ? " (members of the organisation; admins of every organisation)." : ".");
        }
        String description = operation.getDescription();
        operation.setDescription(description == null || description.isBlank() ? line : description.strip() + "\n\n" + line);
    }

    /** The generator copies an operation's extensions onto its responses; the roles belong to the operation. */
    private static void dropFromResponses(Operation operation) {
        if (operation.getResponses() != null) {
            operation.getResponses().removeExtension(ApiRoles.EXTENSION);
            if (operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(r -> r.removeExtension(ApiRoles.EXTENSION));
            }
        }
    }

    /** Basic or Bearer, each with the same roles. */
    private static List<SecurityRequirement> requirements(List<String> roles) {
        return List.of(OASFactory.createSecurityRequirement().addScheme(BEARER, new ArrayList<>(roles)),
                OASFactory.createSecurityRequirement().addScheme(BASIC, new ArrayList<>(roles)));
    }
}
