package de.ropa.transfers.boundary;

import de.ropa.platform.control.ScopedRegisterService;
import de.ropa.platform.faces.RegisterEditBean;
import de.ropa.transfers.entity.Transfer;
import de.ropa.transfers.entity.TransferMechanism;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The page of one third-country transfer: recipient, country, mechanism (DPF, SCCs with TIA, Art. 49). */
@Named
@ViewScoped
public class TransferEditBean extends RegisterEditBean<Transfer, TransferRequest> {

    private static final long serialVersionUID = 1L;

    @Inject
    TransferService transfers;

    public TransferEditBean() {
        super("/transfers/transfer", "transfer.saved", "transferForm");
    }

    @Override
    protected ScopedRegisterService<Transfer, TransferRequest> service() {
        return transfers;
    }

    @Override
    protected TransferRequest newRequest() {
        TransferRequest request = new TransferRequest();
        request.mechanism = TransferMechanism.NONE;
        return request;
    }

    @Override
    protected TransferRequest requestOf(Transfer transfer) {
        return TransferRequest.from(transfer);
    }
}
