package de.ropa.platform.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Completes the OpenAPI document generated from the annotations at build time (pom.xml, generate-openapi), so that a
 * client can be generated from it and an integrator needs nothing else: where the API is, how to authenticate and with
 * which role, the error answers, the version headers, what every parameter and enum value means, and an example of
 * every body. It refuses to finish (and so the build fails) while an operation or a parameter is undescribed or a body
 * has no example. The product serves the result itself at /ropa/openapi (ApiDocumentServlet), on every server.
 */
public class ApiDocumentFilter implements OASFilter {

    /** The application's context root; the API's paths start with /api/v1 below it. */
    static final String CONTEXT_ROOT = "/ropa";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setServers(List.of(OASFactory.createServer().url(CONTEXT_ROOT)
                .description("This installation (the API is under " + CONTEXT_ROOT + "/api/v1)")));
        ReferenceSiblings.removeFrom(openAPI);
        ProblemResponses.addTo(openAPI);
        VersionHeaders.addTo(openAPI);
        CommonParameters.addTo(openAPI);
        EnumMeanings.addTo(openAPI);
        BodyExamples.addTo(openAPI);
        DocumentGaps.failOnAny(openAPI);
        ApiSecurity.addTo(openAPI);
    }
}
