package de.ropa.channels.boundary;

import de.ropa.platform.faces.RegisterLazyModel;
import de.ropa.platform.faces.RegisterListBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The channel list: paged, sorted and filtered in the database. */
@Named
@ViewScoped
public class ChannelListBean extends RegisterListBean<ChannelResponse> {

    private static final long serialVersionUID = 1L;

    @Inject
    ChannelService channels;

    @Override
    protected RegisterLazyModel.Loader<ChannelResponse> loader(long orgId) {
        ChannelService service = channels;
        return (page, sort, f) -> service.list(orgId, page, f.get("q"), sort, f.get("status"), f.get("serviceId"))
                .map(ChannelResponse::from);
    }

    @Override
    protected RegisterLazyModel.Key<ChannelResponse> key() {
        return ChannelResponse::id;
    }
}
