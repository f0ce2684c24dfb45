package de.ropa.audit.boundary;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import de.ropa.platform.openapi.ApiRoles;
import de.ropa.platform.i18n.Languages;
import de.ropa.platform.paging.PageRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The whole trail: its verification, and all entries for admins (users, tokens and catalogue changes included). */
@Path("audit")
@Tag(name = "Audit trail")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditService service;

    @GET
    @Path("verification")
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ADMIN)
    @Operation(operationId = "verifyAuditTrail", summary = "Recompute the hash chain of the whole trail (admins)",
            description = "Admins only; members of an organisation verify through /organisations/{orgId}/audit/verification."
                    + " Checks every entry in order: its number follows the one before, it names the previous entry's"
                    + " hash, and its content still hashes to its stored hash. A change made to the table outside the product"
                    + " (e.g. by SQL) breaks the chain: the answer names the first broken entry.")
    @APIResponse(responseCode = "200", description = "The result (also when the chain is broken)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerificationResponse.class)))
    public VerificationResponse verify(@Context HttpHeaders headers) {
        return VerificationResponse.from(service.verify(), Languages.of(null, headers));
    }

    @GET
    @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ADMIN)
    @Operation(operationId = "listAllAuditEntries", summary = "Every trail entry, newest first (admins)",
            description = "Includes changes without an organisation: users, memberships, API tokens, catalogues.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditPage.class)))
    public AuditPage all(@Parameter(description = "Only this kind of object, e.g. CHANNEL, USER, MESSENGER_SERVICE") @QueryParam("objectKind") String objectKind,
                         @Parameter(description = "Only this object (with objectKind)") @QueryParam("objectId") String objectId,
                         @Parameter(description = "Only this user (user name)") @QueryParam("actor") String actor,
                         @Parameter(description = "First day") @QueryParam("from") String from,
                         @Parameter(description = "Last day") @QueryParam("to") String to,
                         @QueryParam("page") String page, @QueryParam("size") String size) {
        return AuditPage.from(service.all(AuditFilter.parse(objectKind, objectId, actor, from, to), PageRequest.parse(page, size)));
    }
}
