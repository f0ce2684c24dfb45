package de.ropa.measures.boundary;

import de.ropa.platform.faces.OrganisationChoices;
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
    protected Map<Long, String> load(long orgId) {
        return service.choices(orgId);
    }
}
