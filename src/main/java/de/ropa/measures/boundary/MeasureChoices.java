package de.ropa.measures.boundary;

import de.ropa.platform.faces.OrganisationChoices;
import de.ropa.platform.paging.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/** The current organisation's measures (TOMs) for the forms' pickers. */
@Named
@RequestScoped
public class MeasureChoices extends OrganisationChoices {

    @Inject
    MeasureService service;

    @Override
    protected void load(long orgId, PageRequest all, Map<Long, String> options) {
        service.list(orgId, all, null, "title", null).items().forEach(m -> options.put(m.getId(), m.getTitle()));
    }
}
