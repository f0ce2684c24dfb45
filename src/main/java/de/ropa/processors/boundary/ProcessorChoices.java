package de.ropa.processors.boundary;

import de.ropa.platform.faces.CurrentOrganisation;
import de.ropa.platform.paging.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The current organisation's processors, id to name, for the forms' pickers: links between objects are chosen by name, never typed as ids.
 * One query per request.
 */
@Named
@RequestScoped
public class ProcessorChoices {

    @Inject
    CurrentOrganisation organisation;

    @Inject
    ProcessorService service;

    private Map<Long, String> options;

    public Map<Long, String> getAll() {
        if (options == null) {
            options = new LinkedHashMap<>();
            service.list(organisation.require(), new PageRequest(0, PageRequest.MAX_SIZE), null, "name", null).items()
                    .forEach(p -> options.put(p.getId(), p.getName()));
        }
        return options;
    }
}
