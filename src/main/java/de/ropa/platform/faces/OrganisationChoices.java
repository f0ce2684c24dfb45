package de.ropa.platform.faces;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The current organisation's objects of one kind, id to name, for the forms' pickers: links between objects are
 * chosen by name, never typed as ids. Loaded once per request; each component's subclass is {@code @Named
 * @RequestScoped} and says how its objects are listed and named. The pickers search them as the user types.
 */
public abstract class OrganisationChoices {

    /** How many objects a searching picker suggests at a time. */
    public static final int SUGGESTED = 30;

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

    public int getSuggested() {
        return SUGGESTED;
    }

    /**
     * The objects whose name contains the query (any case), in the picker's order: at most {@value #SUGGESTED} and
     * one more, which tells the picker there are more than it shows. A picker that searches renders only these, not
     * every object of an organisation (5,000 channels made an activity's page 2 MB).
     */
    public List<Long> search(String query) {
        String wanted = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return getAll().entrySet().stream()
                .filter(option -> option.getValue().toLowerCase(Locale.ROOT).contains(wanted))
                .map(Map.Entry::getKey)
                .limit(SUGGESTED + 1L)
                .toList();
    }
}
