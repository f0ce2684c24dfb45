package de.ropa.channels.boundary;

import de.ropa.platform.faces.CurrentOrganisation;
import de.ropa.platform.paging.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The current organisation's channels, id to name, for the forms' pickers: links between objects are chosen by name, never typed as ids.
 * One query per request.
 */
@Named
@RequestScoped
public class ChannelChoices {

    @Inject
    CurrentOrganisation organisation;

    @Inject
    ChannelService service;

    private Map<Long, String> options;

    public Map<Long, String> getAll() {
        if (options == null) {
            options = new LinkedHashMap<>();
            service.list(organisation.require(), new PageRequest(0, PageRequest.MAX_SIZE), null, "name", null, null).items()
                    .forEach(c -> options.put(c.getId(), c.getName() + " (" + c.getService().getName() + ")"));
        }
        return options;
    }
}
