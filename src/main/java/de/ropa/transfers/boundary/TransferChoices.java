package de.ropa.transfers.boundary;

import de.ropa.platform.faces.CurrentOrganisation;
import de.ropa.platform.paging.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The current organisation's third-country transfers, id to name, for the forms' pickers: links between objects are chosen by name, never typed as ids.
 * One query per request.
 */
@Named
@RequestScoped
public class TransferChoices {

    @Inject
    CurrentOrganisation organisation;

    @Inject
    TransferService service;

    private Map<Long, String> options;

    public Map<Long, String> getAll() {
        if (options == null) {
            options = new LinkedHashMap<>();
            service.list(organisation.require(), new PageRequest(0, PageRequest.MAX_SIZE), null, null, null, null).items()
                    .forEach(t -> options.put(t.getId(), t.getRecipient() + " (" + t.getCountry() + ")"));
        }
        return options;
    }
}
