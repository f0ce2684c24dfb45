package de.ropa.processors.boundary;

import de.ropa.platform.faces.RegisterLazyModel;
import de.ropa.platform.faces.RegisterListBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The list of processors and the state of their agreements. */
@Named
@ViewScoped
public class ProcessorListBean extends RegisterListBean<ProcessorResponse> {

    private static final long serialVersionUID = 1L;

    @Inject
    ProcessorService processors;

    @Override
    protected RegisterLazyModel.Loader<ProcessorResponse> loader(long orgId) {
        ProcessorService service = processors;
        return (page, sort, f) -> service.list(orgId, page, f.get("q"), sort, f.get("agreementStatus")).map(ProcessorResponse::from);
    }

    @Override
    protected RegisterLazyModel.Key<ProcessorResponse> key() {
        return ProcessorResponse::id;
    }
}
