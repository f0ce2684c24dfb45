package de.ropa.notices.boundary;

import de.ropa.notices.control.NoticeWriter;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A channel's information texts as drafted from the register. */
@Schema(name = "ChannelNotices", description = "Drafts for a DPO to check, not legal advice")
public record ChannelNotices(
        long channelId,
        String channelName,
        @Schema(description = "Whether people outside the organisation write on the channel; the texts are for them") boolean external,
        List<Text> texts) {

    /** One text, or, when refused, what the register lacks for it. */
    @Schema(name = "ChannelNotice")
    public record Text(
            NoticeWriter.NoticeKind kind,
            String title,
            @Schema(description = "The draft; absent when refused") String text,
            @Schema(description = "What the register lacks for this text (empty when the text is drafted)") List<String> missing,
            @Schema(description = "What the register cannot know and a DPO should check before publishing") List<String> hints) {
    }
}
