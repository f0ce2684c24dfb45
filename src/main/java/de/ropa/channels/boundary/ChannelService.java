package de.ropa.channels.boundary;

import de.ropa.catalogue.entity.MessengerService;
import de.ropa.channels.entity.Channel;
import de.ropa.channels.entity.ChannelStatus;
import de.ropa.measures.entity.Measure;
import de.ropa.platform.control.AuditSnapshot;
import de.ropa.platform.control.InvalidFieldException.FieldProblem;
import de.ropa.platform.control.RegisterStore;
import de.ropa.platform.control.ReviewedRegister;
import de.ropa.platform.control.ScopedRegisterService;
import de.ropa.platform.entity.ObjectKind;
import de.ropa.platform.paging.Filters;
import de.ropa.platform.paging.Page;
import de.ropa.platform.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Owns an organisation's messenger channels. */
@ApplicationScoped
@Transactional
public class ChannelService extends ScopedRegisterService<Channel, ChannelRequest> implements ReviewedRegister {

    private static final Map<String, String> SORTABLE = Map.of("name", "e.name", "status", "e.status",
            "audience", "e.audience", "nextReviewOn", "e.nextReviewOn", "updatedAt", "e.updatedAt", "service", "e.service.name");

    public ChannelService() {
        super(Channel.class, ObjectKind.CHANNEL, Channel::new);
    }

    public Page<Channel> list(long orgId, PageRequest page, String text, String sort, String status, String service) {
        return page(orgId, page, new Filters()
                .text(text, "LOWER(e.name) LIKE :text")
                .enumValue("status", status, ChannelStatus.class, "e.status = :status")
                .id("service", service, "e.service.id = :service"), sort, SORTABLE);
    }

    @Override
    protected String[] collections() {
        return new String[] {"measures", "devices", "deviations"};
    }

    /** A channel is picked as "name (service)": two channels may carry the same name on different services. */
    @Override
    protected List<String> choiceValues() {
        return List.of("e.name", "e.service.name");
    }

    @Override
    protected String choiceFormat() {
        return "%s (%s)";
    }

    /**
     * The messenger services of the catalogue (a few dozen) in one query, before channels are loaded: each
     * channel's service is loaded with it, one query per service otherwise.
     */
    @Override
    public void beforeLoading() {
        store.em().createQuery("SELECT s FROM MessengerService s", MessengerService.class)
                .setFlushMode(FlushModeType.COMMIT).getResultList();
    }

    @Override
    protected AuditSnapshot snapshot(Channel entity) {
        return ChannelAuditSnapshot.of(entity);
    }

    @Override
    protected String nameOf(Channel entity) {
        return entity.getName();
    }

    @Override
    protected Map<ObjectKind, String> referring() {
        return Map.of(
                ObjectKind.MEASURE, "JOIN e.measures m WHERE m.id = :id",
                ObjectKind.MESSENGER_SERVICE, "WHERE e.service.id = :id");
    }

    @Override
    protected void apply(long orgId, ChannelRequest request, Channel entity) {
        request.applyTo(entity);
        List<FieldProblem> problems = new ArrayList<>();
        MessengerService service = store.em().find(MessengerService.class, request.serviceId);
        if (service == null) {
            problems.add(new FieldProblem("serviceId", "field.unknownServices", java.util.List.of(request.serviceId)));
        }
        entity.setService(service);
        entity.setMeasures(store.resolve(Measure.class, "measureIds", orgId, request.measureIds, problems));
        FieldProblem twice = request.deviationProblem();
        if (twice != null) {
            problems.add(twice);
        }
        RegisterStore.throwIfAny(problems);
    }

    @Override
    public List<Due> due(long orgId, LocalDate until) {
        return reviewsDue(orgId, until, ChannelStatus.RETIRED);
    }

    /** Every channel of the organisation with its service loaded (read ahead for a record's activities). */
    public List<Channel> allWithService(long orgId) {
        return store.em().createQuery("SELECT c FROM Channel c JOIN FETCH c.service WHERE c.organisationId = :org",
                Channel.class).setParameter("org", orgId).getResultList();
    }
}
