package de.ropa.transfers.boundary;

import de.ropa.channels.entity.Channel;
import de.ropa.platform.control.AuditSnapshot;
import de.ropa.platform.control.InvalidFieldException.FieldProblem;
import de.ropa.platform.control.RegisterStore;
import de.ropa.platform.control.ScopedRegisterService;
import de.ropa.platform.entity.ObjectKind;
import de.ropa.platform.paging.Filters;
import de.ropa.platform.paging.Page;
import de.ropa.platform.paging.PageRequest;
import de.ropa.processors.entity.Processor;
import de.ropa.transfers.entity.Transfer;
import de.ropa.transfers.entity.TransferMechanism;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Owns an organisation's third-country transfers. */
@ApplicationScoped
@Transactional
public class TransferService extends ScopedRegisterService<Transfer, TransferRequest> {

    private static final Map<String, String> SORTABLE = Map.of("recipient", "e.recipient", "country", "e.country",
            "mechanism", "e.mechanism", "updatedAt", "e.updatedAt");

    public TransferService() {
        super(Transfer.class, ObjectKind.TRANSFER, Transfer::new);
    }

    public Page<Transfer> list(long orgId, PageRequest page, String text, String sort, String mechanism, String country) {
        return page(orgId, page, new Filters()
                .text(text, "LOWER(e.recipient) LIKE :text")
                .enumValue("mechanism", mechanism, TransferMechanism.class, "e.mechanism = :mechanism")
                .country("country", country, "e.country = :country"), sort, SORTABLE);
    }

    @Override
    protected String[] collections() {
        return new String[] {"channels"};
    }

    /** A transfer is picked as "recipient (country)", in the order they were recorded. */
    @Override
    protected List<String> choiceValues() {
        return List.of("e.recipient", "e.country");
    }

    @Override
    protected String choiceFormat() {
        return "%s (%s)";
    }

    @Override
    protected String choiceOrder() {
        return "e.id";
    }

    @Override
    protected AuditSnapshot snapshot(Transfer entity) {
        return TransferAuditSnapshot.of(entity);
    }

    @Override
    protected String nameOf(Transfer entity) {
        return entity.getRecipient();
    }

    @Override
    protected Map<ObjectKind, String> referring() {
        return Map.of(
                ObjectKind.CHANNEL, "JOIN e.channels c WHERE c.id = :id",
                ObjectKind.PROCESSOR, "WHERE e.processor.id = :id");
    }

    @Override
    protected String nameAttribute() {
        return "recipient";
    }

    @Override
    protected void apply(long orgId, TransferRequest request, Transfer transfer) {
        request.applyTo(transfer);
        List<FieldProblem> problems = new ArrayList<>();
        transfer.setProcessor(store.resolveOne(Processor.class, "processorId", orgId, request.processorId, problems));
        transfer.setChannels(store.resolve(Channel.class, "channelIds", orgId, request.channelIds, problems));
        RegisterStore.throwIfAny(problems);
    }

    /** The transfers that go through a channel, by recipient (the channel's datasheet). */
    public List<Transfer> usingChannel(long orgId, long channelId) {
        return store.em().createQuery("SELECT t FROM Transfer t JOIN t.channels c WHERE t.organisationId = :org"
                        + " AND c.id = :channel ORDER BY t.recipient, t.id", Transfer.class)
                .setParameter("org", orgId).setParameter("channel", channelId).getResultList();
    }

    /** Every transfer of the organisation by recipient, with its processor (the record's annex). */
    public List<Transfer> forRecord(long orgId) {
        return store.em().createQuery("SELECT t FROM Transfer t LEFT JOIN FETCH t.processor"
                + " WHERE t.organisationId = :org ORDER BY t.recipient, t.id", Transfer.class).setParameter("org", orgId).getResultList();
    }
}
