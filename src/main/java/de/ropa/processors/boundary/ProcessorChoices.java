package de.ropa.processors.boundary;

import de.ropa.platform.faces.OrganisationChoices;
import de.ropa.platform.paging.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/** The current organisation's processors for the forms' pickers. */
@Named
@RequestScoped
public class ProcessorChoices extends OrganisationChoices {

    @Inject
    ProcessorService service;

    @Override
    protected void load(long orgId, PageRequest all, Map<Long, String> options) {
        service.list(orgId, all, null, "name", null).items().forEach(p -> options.put(p.getId(), p.getName()));
    }
}
