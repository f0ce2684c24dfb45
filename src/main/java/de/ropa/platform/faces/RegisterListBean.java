package de.ropa.platform.faces;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.io.Serializable;

/**
 * What every list of register objects does: a lazy table over the component's service for the current
 * organisation (the open findings per row come from the findings component: objectFindings).
 *
 * @param <R> a row
 */
public abstract class RegisterListBean<R> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected CurrentOrganisation organisation;

    private RegisterLazyModel<R> model;

    protected abstract RegisterLazyModel.Loader<R> loader(long orgId);

    protected abstract RegisterLazyModel.Key<R> key();

    @PostConstruct
    void init() {
        long orgId = organisation.require();
        model = new RegisterLazyModel<>(loader(orgId), key());
    }

    public RegisterLazyModel<R> getModel() {
        return model;
    }
}
