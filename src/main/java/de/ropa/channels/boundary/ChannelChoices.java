package de.ropa.channels.boundary;

import de.ropa.platform.faces.OrganisationChoices;
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
    protected Map<Long, String> load(long orgId) {
        return service.choices(orgId);
    }
}
