package de.ropa.channels.boundary;

import de.ropa.platform.faces.OrganisationChoices;
import de.ropa.platform.paging.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/** The current organisation's channels (with their service) for the forms' pickers. */
@Named
@RequestScoped
public class ChannelChoices extends OrganisationChoices {

    @Inject
    ChannelService service;

    @Override
    protected void load(long orgId, PageRequest all, Map<Long, String> options) {
        service.list(orgId, all, null, "name", null, null).items().forEach(c -> options.put(c.getId(), c.getName() + " (" + c.getService().getName() + ")"));
    }
}
