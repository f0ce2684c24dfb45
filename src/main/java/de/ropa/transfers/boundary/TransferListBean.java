package de.ropa.transfers.boundary;

import de.ropa.platform.faces.RegisterLazyModel;
import de.ropa.platform.faces.RegisterListBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The list of third-country transfers and their mechanisms. */
@Named
@ViewScoped
public class TransferListBean extends RegisterListBean<TransferResponse> {

    private static final long serialVersionUID = 1L;

    @Inject
    TransferService transfers;

    @Override
    protected RegisterLazyModel.Loader<TransferResponse> loader(long orgId) {
        TransferService service = transfers;
        return (page, sort, f) -> service.list(orgId, page, f.get("q"), sort, f.get("mechanism"), f.get("country"))
                .map(TransferResponse::from);
    }

    @Override
    protected RegisterLazyModel.Key<TransferResponse> key() {
        return TransferResponse::id;
    }
}
