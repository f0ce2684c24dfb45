package de.ropa.exchange.boundary;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import de.ropa.platform.openapi.ApiRoles;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * POST /organisations/{orgId}/import: a register document into an empty organisation, all or nothing; with
 * {@code add=true} into one that has a register already (a register too large for one document comes in several).
 */
@Path("organisations/{orgId}/import")
@Tag(name = "Export and import")
public class RegisterImportResource {

    @Inject
    ExchangeService exchange;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.EDITORS)
    @Operation(operationId = "importRegister", summary = "Import a register into an empty organisation, or add to one",
            description = "All or nothing: one invalid record anywhere stores nothing, and the problem names the record"
                    + " and field (e.g. channels[3].name). Into an empty organisation, the organisation's details are"
                    + " replaced by the document's; 409 when it already has register objects, unless add=true. With"
                    + " add=true the document adds to the register: a channel, processor, measure or transfer the"
                    + " organisation already has (by name) is linked, not created again, the organisation's details"
                    + " stay as they are, and an activity whose name the register already holds is refused. A"
                    + " document is at most 16 MB (some 10,000 activities): a larger register comes in several.")
    @APIResponse(responseCode = "200", description = "Imported; the number of objects created per kind",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class)))
    public ImportResult importRegister(@PathParam("orgId") long orgId,
                                       @Parameter(description = "Add to the organisation's register instead of filling an empty one")
                                       @QueryParam("add") @DefaultValue("false") boolean add,
                                       @NotNull RegisterDocument document) {
        return new ImportResult(add ? exchange.add(orgId, document, false) : exchange.importInto(orgId, document));
    }

    /** What an import created. */
    @Schema(name = "ImportResult")
    public record ImportResult(@Schema(description = "Objects created per kind") Map<String, Integer> imported) {
    }
}
