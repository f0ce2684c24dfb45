package de.ropa.platform.faces;

import de.ropa.platform.paging.PageRequest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The current organisation's objects of one kind, id to name, for the forms' pickers: links between objects are
 * chosen by name, never typed as ids. Loaded once per request; each component's subclass is {@code @Named
 * @RequestScoped} and says how its objects are listed and named.
 */
public abstract class OrganisationChoices {

    @Inject
    protected CurrentOrganisation organisation;

    private Map<Long, String> options;

    /** Puts every object of the organisation into {@code options}, in the order the picker shows them. */
    protected abstract void load(long orgId, PageRequest all, Map<Long, String> options);

    public Map<Long, String> getAll() {
        if (options == null) {
            options = new LinkedHashMap<>();
            load(organisation.require(), new PageRequest(0, PageRequest.MAX_SIZE), options);
        }
        return options;
    }
}
