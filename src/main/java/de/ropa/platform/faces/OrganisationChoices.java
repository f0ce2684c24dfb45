package de.ropa.platform.faces;

import jakarta.inject.Inject;
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

    /** Every object of the organisation, id to label, in the order the picker shows them. */
    protected abstract Map<Long, String> load(long orgId);

    public Map<Long, String> getAll() {
        if (options == null) {
            options = load(organisation.require());
        }
        return options;
    }
}
