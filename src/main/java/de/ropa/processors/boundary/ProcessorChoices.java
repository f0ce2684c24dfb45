package de.ropa.processors.boundary;

import de.ropa.platform.faces.OrganisationChoices;
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
    protected Map<Long, String> load(long orgId) {
        return service.choices(orgId);
    }
}
