package de.ropa.transfers.boundary;

import de.ropa.platform.faces.OrganisationChoices;
import de.ropa.platform.paging.PageRequest;
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
    protected void load(long orgId, PageRequest all, Map<Long, String> options) {
        service.list(orgId, all, null, null, null, null).items().forEach(t -> options.put(t.getId(), t.getRecipient() + " (" + t.getCountry() + ")"));
    }
}
