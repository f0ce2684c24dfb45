package de.ropa.channels.boundary;

import de.ropa.channels.entity.Channel;
import de.ropa.channels.entity.ChannelStatus;
import de.ropa.platform.control.ScopedRegisterService;
import de.ropa.platform.faces.RegisterEditBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The channel page: the form for how the organisation uses the channel, the service's catalogue facts,
 * and beside it the checklist and the findings (objectFindings).
 */
@Named
@ViewScoped
public class ChannelEditBean extends RegisterEditBean<Channel, ChannelRequest> {

    private static final long serialVersionUID = 1L;

    @Inject
    ChannelService channels;

    /** The stored channel's service (the page shows its facts), by id and name: what a session keeps travels. */
    private Long savedServiceId;
    private String savedServiceName;

    public ChannelEditBean() {
        super("/channels/channel", "channel.saved", "channelForm");
    }

    @Override
    protected ScopedRegisterService<Channel, ChannelRequest> service() {
        return channels;
    }

    @Override
    protected ChannelRequest newRequest() {
        ChannelRequest request = ChannelRequest.unanswered();
        request.status = ChannelStatus.PLANNED;
        return request;
    }

    @Override
    protected ChannelRequest requestOf(Channel channel) {
        return ChannelRequest.from(channel);
    }

    @Override
    protected void loaded(Channel channel) {
        savedServiceId = channel.getService().getId();
        savedServiceName = channel.getService().getName();
    }

    public Long getSavedServiceId() {
        return savedServiceId;
    }

    public String getSavedServiceName() {
        return savedServiceName;
    }

    public void addDeviation() {
        getRequest().deviations.add(new FactDeviationEntry());
    }

    public void removeDeviation(int index) {
        getRequest().deviations.remove(index);
    }
}
