package de.ropa.notices.boundary;

import de.ropa.platform.i18n.Languages;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

/** GET /organisations/{orgId}/channels/{channelId}/notices: the channel's Art. 13 texts, drafted from the register. */
@Path("organisations/{orgId}/channels/{channelId}/notices")
@Tag(name = "Channels")
public class NoticesResource {

    @Inject
    NoticeService notices;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "channelNotices", summary = "Draft the channel's information texts",
            description = "The first-contact greeting (Art. 13 GDPR), the business profile's imprint (§ 5 DDG) and the"
                    + " channel's section for the privacy notice, from the organisation's master data and the channel's"
                    + " activities. A text the register cannot support is refused with the missing facts named. Drafts for"
                    + " a DPO to check, not legal advice.")
    @APIResponse(responseCode = "200", description = "The drafts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChannelNotices.class)))
    public ChannelNotices notices(@PathParam("orgId") long orgId, @PathParam("channelId") long channelId,
                                  @Parameter(description = "de or en (default: Accept-Language, then de)") @QueryParam("lang") String lang) {
        return notices.notices(orgId, channelId, Languages.of(lang, headers));
    }
}
