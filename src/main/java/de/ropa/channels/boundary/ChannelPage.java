package de.ropa.channels.boundary;

import de.ropa.platform.paging.Page;
import de.ropa.channels.entity.Channel;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the list. */
@Schema(name = "ChannelPage")
public record ChannelPage(List<ChannelResponse> items, int page, int size, long total) {

    static ChannelPage from(Page<Channel> page) {
        Page<ChannelResponse> mapped = page.map(ChannelResponse::from);
        return new ChannelPage(mapped.items(), mapped.page(), mapped.size(), mapped.total());
    }
}
