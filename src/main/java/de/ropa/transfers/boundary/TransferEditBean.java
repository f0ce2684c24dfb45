package de.ropa.transfers.boundary;

import de.ropa.channels.boundary.ChannelService;
import de.ropa.findings.entity.ObjectKind;
import de.ropa.platform.faces.RegisterEditBean;
import de.ropa.platform.paging.PageRequest;
import de.ropa.processors.boundary.ProcessorService;
import de.ropa.transfers.entity.Transfer;
import de.ropa.transfers.entity.TransferMechanism;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;

/** The page of one third-country transfer: recipient, country, mechanism (DPF, SCCs with TIA, Art. 49). */
@Named
@ViewScoped
public class TransferEditBean extends RegisterEditBean<Transfer, TransferRequest> {

    private static final long serialVersionUID = 1L;

    @Inject
    TransferService transfers;

    @Inject
    ChannelService channels;

    @Inject
    ProcessorService processors;

    @Override
    protected Transfer find(long orgId, long id) {
        return transfers.find(orgId, id);
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

    @Override
    protected Transfer create(long orgId, TransferRequest request) {
        return transfers.create(orgId, request);
    }

    @Override
    protected Transfer update(long orgId, long id, long version, TransferRequest request) {
        return transfers.update(orgId, id, version, request);
    }

    @Override
    protected void delete(long orgId, long id, long version) {
        transfers.delete(orgId, id, version);
    }

    @Override
    protected String page() {
        return "/transfers/transfer";
    }

    @Override
    protected ObjectKind kind() {
        return ObjectKind.TRANSFER;
    }

    @Override
    protected String savedKey() {
        return "transfer.saved";
    }

    @Override
    public String getFormId() {
        return "transferForm";
    }

    public Map<Long, String> getChannelOptions() {
        Map<Long, String> options = new LinkedHashMap<>();
        channels.list(organisation.require(), all(), null, "name", null, null).items().forEach(c -> options.put(c.getId(), c.getName()));
        return options;
    }

    public Map<Long, String> getProcessorOptions() {
        Map<Long, String> options = new LinkedHashMap<>();
        processors.list(organisation.require(), all(), null, "name", null).items().forEach(p -> options.put(p.getId(), p.getName()));
        return options;
    }

    private static PageRequest all() {
        return new PageRequest(0, PageRequest.MAX_SIZE);
    }
}
