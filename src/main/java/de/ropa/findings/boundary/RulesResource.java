package de.ropa.findings.boundary;

import de.ropa.findings.control.RuleCatalogue;
import de.ropa.platform.control.NotFoundException;
import de.ropa.platform.i18n.Languages;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The rule catalogue the findings come from. */
@Path("catalogue/rules")
@Tag(name = "Findings", description = "Gaps the register shows, with article references and remediation")
@Produces(MediaType.APPLICATION_JSON)
public class RulesResource {

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listRules", summary = "The rule catalogue",
            description = "Every rule with id, severity, the kind of object it concerns, title, explanation, remediation and references.")
    @APIResponse(responseCode = "200", description = "All rules",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleResponse.RuleList.class)))
    public RuleResponse.RuleList list(@Parameter(description = "de or en (default: Accept-Language, then de)") @QueryParam("lang") String lang) {
        Locale locale = Languages.of(lang, headers);
        return new RuleResponse.RuleList(RuleCatalogue.ALL.stream().map(r -> RuleResponse.from(r, locale)).toList(),
                RuleCatalogue.ALL.size());
    }

    @GET
    @Path("{ruleId}")
    @Operation(operationId = "getRule", summary = "One rule",
            description = "A rule of the catalogue with its severity, its texts in German and English (lang), the legal references and what to do.")
    @APIResponse(responseCode = "200", description = "The rule",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleResponse.class)))
    public RuleResponse get(@PathParam("ruleId") String ruleId,
                            @Parameter(description = "de or en") @QueryParam("lang") String lang) {
        return RuleCatalogue.byId(ruleId).map(r -> RuleResponse.from(r, Languages.of(lang, headers)))
                .orElseThrow(() -> new NotFoundException("problem.notFound.rule", ruleId));
    }
}
