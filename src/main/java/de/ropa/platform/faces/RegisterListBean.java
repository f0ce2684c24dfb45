package de.ropa.platform.faces;

import de.ropa.findings.boundary.FindingService;
import de.ropa.findings.entity.ObjectKind;
import de.ropa.organisations.boundary.OrganisationContext;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Map;

/**
 * What every list of register objects does: a lazy table over the component's service for the current
 * organisation, and the open findings per row so that the gaps stand out.
 *
 * @param <R> a row
 */
public abstract class RegisterListBean<R> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected OrganisationContext organisation;

    @Inject
    protected FindingService findings;

    private RegisterLazyModel<R> model;
    private Map<Long, Long> openFindings = Map.of();

    protected abstract RegisterLazyModel.Loader<R> loader(long orgId);

    protected abstract RegisterLazyModel.Key<R> key();

    /** The kind of object the rows are, for their findings; null when findings do not concern them. */
    protected abstract ObjectKind kind();

    @PostConstruct
    void init() {
        long orgId = organisation.require();
        model = new RegisterLazyModel<>(loader(orgId), key());
        if (kind() != null) {
            openFindings = findings.openCounts(orgId, kind());
        }
    }

    public RegisterLazyModel<R> getModel() {
        return model;
    }

    /** Open findings of one row's object. */
    public long openFindings(long id) {
        return openFindings.getOrDefault(id, 0L);
    }
}
