package de.ropa.transfers.boundary;

import de.ropa.channels.entity.Channel;
import de.ropa.platform.control.InvalidFieldException.FieldProblem;
import de.ropa.platform.control.RegisterStore;
import de.ropa.platform.paging.Filters;
import de.ropa.platform.paging.Page;
import de.ropa.platform.paging.PageRequest;
import de.ropa.platform.paging.Sorting;
import de.ropa.processors.entity.Processor;
import de.ropa.transfers.entity.Transfer;
import de.ropa.transfers.entity.TransferMechanism;
import de.ropa.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Owns an organisation's third-country transfers. */
@ApplicationScoped
@Transactional
public class TransferService {

    static final String KIND = "transfer";
    private static final Map<String, String> SORTABLE = Map.of("recipient", "e.recipient", "country", "e.country",
            "mechanism", "e.mechanism", "updatedAt", "e.updatedAt");

    @Inject
    RegisterStore store;

    public Page<Transfer> list(long orgId, PageRequest page, String text, String sort, String mechanism, String country) {
        store.requireOrganisation(orgId);
        Filters filters = new Filters()
                .text(text, "LOWER(e.recipient) LIKE :text")
                .enumValue("mechanism", mechanism, TransferMechanism.class, "e.mechanism = :mechanism")
                .country("country", country, "e.country = :country");
        Page<Transfer> result = store.page(Transfer.class, orgId, page, filters.conditions(), filters.parameters(),
                Sorting.orderBy(sort, SORTABLE, "e.id"));
        store.fetch(Transfer.class, result.items(), "channels");
        return result;
    }

    public Transfer find(long orgId, long id) {
        Transfer transfer = store.find(Transfer.class, KIND, orgId, id);
        store.fetch(Transfer.class, List.of(transfer), "channels");
        return transfer;
    }

    @RolesAllowed({Role.DPO_NAME, Role.INTEGRATION_NAME})
    public Transfer create(long orgId, TransferRequest request) {
        store.requireOrganisation(orgId);
        store.validate(request);
        Transfer transfer = new Transfer();
        transfer.setOrganisationId(orgId);
        apply(orgId, request, transfer);
        store.em().persist(transfer);
        store.em().flush();
        return transfer;
    }

    @RolesAllowed({Role.DPO_NAME, Role.INTEGRATION_NAME})
    public Transfer update(long orgId, long id, long expectedVersion, TransferRequest request) {
        store.requireOrganisation(orgId);
        store.validate(request);
        Transfer transfer = store.findForChange(Transfer.class, KIND, orgId, id, expectedVersion);
        apply(orgId, request, transfer);
        transfer.touch();
        store.em().flush();
        return transfer;
    }

    @RolesAllowed({Role.DPO_NAME, Role.INTEGRATION_NAME})
    public void delete(long orgId, long id, long expectedVersion) {
        Transfer transfer = store.findForChange(Transfer.class, KIND, orgId, id, expectedVersion);
        store.requireUnreferenced(KIND, id,
                Map.of("activity", "SELECT a.name FROM ProcessingActivity a JOIN a.transfers t WHERE t.id = :id"));
        store.em().remove(transfer);
        store.em().flush();
    }

    private void apply(long orgId, TransferRequest request, Transfer transfer) {
        request.applyTo(transfer);
        List<FieldProblem> problems = new ArrayList<>();
        transfer.setProcessor(store.resolveOne(Processor.class, "processorId", orgId, request.processorId, problems));
        transfer.setChannels(store.resolve(Channel.class, "channelIds", orgId, request.channelIds, problems));
        RegisterStore.throwIfAny(problems);
    }
}
