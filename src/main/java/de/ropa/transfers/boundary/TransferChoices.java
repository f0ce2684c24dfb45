package de.ropa.transfers.boundary;

import de.ropa.platform.faces.OrganisationChoices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/** The current organisation's third-country transfers (with the country) for the forms' pickers. */
@Named
@RequestScoped
public class TransferChoices extends OrganisationChoices {

    @Inject
    TransferService service;

    @Override
    protected Map<Long, String> load(long orgId) {
        return service.choices(orgId);
    }
}
