package de.ropa.platform.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import de.ropa.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The versioned REST API; its description is served at {@code /ropa/openapi} (see ApiDocumentServlet). */
@ApplicationPath(RestApplication.BASE_PATH)
@DeclareRoles({"admin", "dpo", "auditor", "integration"})
@OpenAPIDefinition(
        info = @Info(
                title = "ROPA Messenger Register API",
                version = RestApplication.API_VERSION,
                description = "Record of processing activities (GDPR Art. 30) for the messenger channels of an"
                        + " organisation: processing activities, channels, processors, third-country transfers,"
                        + " technical and organisational measures and the findings computed from them."
                        + " Every error is answered as RFC 9457 problem details (application/problem+json).",
                license = @License(name = "Apache License 2.0", url = "https://www.apache.org/licenses/LICENSE-2.0"),
                contact = @Contact(name = "ROPA Messenger Register team", email = "support@ropa.example")),
        components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)),
        tags = @Tag(name = "Platform", description = "Health and operation of the register"))
public class RestApplication extends Application {

    public static final String BASE_PATH = "api/v1";
    public static final String API_VERSION = "1.0.0";
}
