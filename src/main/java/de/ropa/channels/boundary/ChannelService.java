package de.ropa.channels.boundary;

import de.ropa.catalogue.entity.MessengerService;
import de.ropa.channels.entity.Channel;
import de.ropa.channels.entity.ChannelStatus;
import de.ropa.measures.entity.Measure;
import de.ropa.platform.control.InvalidFieldException.FieldProblem;
import de.ropa.platform.control.RegisterStore;
import de.ropa.platform.paging.Filters;
import de.ropa.platform.paging.Page;
import de.ropa.platform.paging.PageRequest;
import de.ropa.platform.paging.Sorting;
import de.ropa.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Owns an organisation's messenger channels. */
@ApplicationScoped
@Transactional
public class ChannelService {

    static final String KIND = "channel";
    private static final Map<String, String> SORTABLE = Map.of("name", "e.name", "status", "e.status",
            "audience", "e.audience", "nextReviewOn", "e.nextReviewOn", "updatedAt", "e.updatedAt");

    @Inject
    RegisterStore store;

    public Page<Channel> list(long orgId, PageRequest page, String text, String sort, String status, String service) {
        store.requireOrganisation(orgId);
        Filters filters = new Filters()
                .text(text, "LOWER(e.name) LIKE :text")
                .enumValue("status", status, ChannelStatus.class, "e.status = :status")
                .id("service", service, "e.service.id = :service");
        Page<Channel> result = store.page(Channel.class, orgId, page, filters.conditions(), filters.parameters(),
                Sorting.orderBy(sort, SORTABLE, "e.id"));
        store.fetch(Channel.class, result.items(), "measures");
        return result;
    }

    public Channel find(long orgId, long id) {
        Channel channel = store.find(Channel.class, KIND, orgId, id);
        store.fetch(Channel.class, List.of(channel), "measures");
        return channel;
    }

    @RolesAllowed({Role.DPO_NAME, Role.INTEGRATION_NAME})
    public Channel create(long orgId, ChannelRequest request) {
        store.requireOrganisation(orgId);
        store.validate(request);
        Channel channel = new Channel();
        channel.setOrganisationId(orgId);
        apply(orgId, request, channel);
        store.em().persist(channel);
        store.em().flush();
        return channel;
    }

    @RolesAllowed({Role.DPO_NAME, Role.INTEGRATION_NAME})
    public Channel update(long orgId, long id, long expectedVersion, ChannelRequest request) {
        store.requireOrganisation(orgId);
        store.validate(request);
        Channel channel = store.findForChange(Channel.class, KIND, orgId, id, expectedVersion);
        apply(orgId, request, channel);
        channel.touch();
        store.em().flush();
        return channel;
    }

    @RolesAllowed({Role.DPO_NAME, Role.INTEGRATION_NAME})
    public void delete(long orgId, long id, long expectedVersion) {
        Channel channel = store.findForChange(Channel.class, KIND, orgId, id, expectedVersion);
        Map<String, String> references = new LinkedHashMap<>();
        references.put("activity", "SELECT a.name FROM ProcessingActivity a JOIN a.channels c WHERE c.id = :id");
        references.put("transfer", "SELECT t.recipient FROM Transfer t JOIN t.channels c WHERE c.id = :id");
        references.put("processor", "SELECT p.name FROM Processor p JOIN p.channels c WHERE c.id = :id");
        store.requireUnreferenced(KIND, id, references);
        store.em().remove(channel);
        store.em().flush();
    }

    private void apply(long orgId, ChannelRequest request, Channel channel) {
        request.applyTo(channel);
        List<FieldProblem> problems = new ArrayList<>();
        MessengerService service = store.em().find(MessengerService.class, request.serviceId);
        if (service == null) {
            problems.add(new FieldProblem("serviceId", "unknown messenger service " + request.serviceId));
        }
        channel.setService(service);
        channel.setMeasures(store.resolve(Measure.class, "measureIds", orgId, request.measureIds, problems));
        RegisterStore.throwIfAny(problems);
    }
}
