package de.ropa.measures.boundary;

import de.ropa.platform.faces.RegisterLazyModel;
import de.ropa.platform.faces.RegisterListBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The organisation's technical and organisational measures (Art. 32). */
@Named
@ViewScoped
public class MeasureListBean extends RegisterListBean<MeasureResponse> {

    private static final long serialVersionUID = 1L;

    @Inject
    MeasureService measures;

    @Override
    protected RegisterLazyModel.Loader<MeasureResponse> loader(long orgId) {
        MeasureService service = measures;
        return (page, sort, f) -> service.list(orgId, page, f.get("q"), sort, f.get("status")).map(MeasureResponse::from);
    }

    @Override
    protected RegisterLazyModel.Key<MeasureResponse> key() {
        return MeasureResponse::id;
    }
}
