package de.ropa.channels.boundary;

import de.ropa.catalogue.entity.MessengerService;
import de.ropa.channels.control.MessengerChecklist;
import de.ropa.channels.entity.BackupMode;
import de.ropa.channels.entity.Channel;
import de.ropa.channels.entity.ChannelStatus;
import de.ropa.findings.boundary.FindingResponse;
import de.ropa.findings.entity.FindingState;
import de.ropa.findings.entity.ObjectKind;
import de.ropa.platform.control.ScopedRegisterService;
import de.ropa.platform.faces.RegisterEditBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The channel page: the form for how the organisation uses the channel, the service's catalogue facts,
 * the checklist of messenger measures and the channel's findings beside it.
 */
@Named
@ViewScoped
public class ChannelEditBean extends RegisterEditBean<Channel, ChannelRequest> {

    private static final long serialVersionUID = 1L;

    /** A measure of DOMAIN.md's messenger checklist, the rule that watches it, and its state for this channel. */
    public record ChecklistItem(String key, String ruleId, FindingState finding) implements Serializable {
        public boolean isOk() {
            return finding == null;
        }
    }

    @Inject
    ChannelService channels;

    private MessengerService savedService;

    public ChannelEditBean() {
        super("/channels/channel", ObjectKind.CHANNEL, "channel.saved", "channelForm");
    }

    @Override
    protected ScopedRegisterService<Channel, ChannelRequest> service() {
        return channels;
    }

    @Override
    protected ChannelRequest newRequest() {
        ChannelRequest request = new ChannelRequest();
        request.status = ChannelStatus.PLANNED;
        request.backupMode = BackupMode.NONE;
        return request;
    }

    @Override
    protected ChannelRequest requestOf(Channel channel) {
        return ChannelRequest.from(channel);
    }

    @Override
    protected void loaded(Channel channel) {
        savedService = channel.getService();
    }

    public List<ChecklistItem> getChecklist() {
        Map<String, FindingState> byRule = getFindings().stream()
                .collect(Collectors.toMap(FindingResponse::ruleId, FindingResponse::state, (a, b) -> a));
        return MessengerChecklist.ITEMS.entrySet().stream().map(c -> new ChecklistItem(c.getKey(), c.getValue(), byRule.get(c.getValue()))).toList();
    }

    public MessengerService getSavedService() {
        return savedService;
    }
}
