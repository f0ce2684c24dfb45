package de.ropa.processors.boundary;

import de.ropa.catalogue.entity.MessengerService;
import de.ropa.channels.entity.Channel;
import de.ropa.platform.control.AuditSnapshot;
import de.ropa.platform.control.InvalidFieldException.FieldProblem;
import de.ropa.platform.control.RegisterStore;
import de.ropa.platform.control.ReviewedRegister;
import de.ropa.platform.control.ScopedRegisterService;
import de.ropa.platform.entity.ObjectKind;
import de.ropa.platform.paging.Filters;
import de.ropa.platform.paging.Page;
import de.ropa.platform.paging.PageRequest;
import de.ropa.processors.entity.AgreementStatus;
import de.ropa.processors.entity.Processor;
import de.ropa.processors.entity.ProcessorRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Owns an organisation's processors and the state of their processing agreements. */
@ApplicationScoped
@Transactional
public class ProcessorService extends ScopedRegisterService<Processor, ProcessorRequest> implements ReviewedRegister {

    private static final Map<String, String> SORTABLE = Map.of("name", "e.name", "agreementStatus", "e.agreementStatus",
            "validUntil", "e.validUntil", "reviewOn", "e.reviewOn", "updatedAt", "e.updatedAt");

    public ProcessorService() {
        super(Processor.class, ObjectKind.PROCESSOR, Processor::new);
    }

    public Page<Processor> list(long orgId, PageRequest page, String text, String sort, String agreementStatus) {
        return page(orgId, page, new Filters()
                .text(text, "LOWER(e.name) LIKE :text")
                .enumValue("agreementStatus", agreementStatus, AgreementStatus.class, "e.agreementStatus = :agreementStatus"),
                sort, SORTABLE);
    }

    @Override
    protected String[] collections() {
        return new String[] {"services", "channels"};
    }

    @Override
    protected AuditSnapshot snapshot(Processor entity) {
        return ProcessorAuditSnapshot.of(entity);
    }

    @Override
    protected String nameOf(Processor entity) {
        return entity.getName();
    }

    @Override
    protected Map<ObjectKind, String> referring() {
        return Map.of(
                ObjectKind.CHANNEL, "JOIN e.channels c WHERE c.id = :id",
                ObjectKind.MESSENGER_SERVICE, "JOIN e.services s WHERE s.id = :id",
                ObjectKind.PROCESSOR, "WHERE e.mainProcessor.id = :id");
    }

    @Override
    protected void apply(long orgId, ProcessorRequest request, Processor entity) {
        request.applyTo(entity);
        List<FieldProblem> problems = new ArrayList<>();
        Processor main = store.resolveOne(Processor.class, "mainProcessorId", orgId, request.mainProcessorId, problems);
        if (main != null && main.getId().equals(entity.getId())) {
            problems.add(new FieldProblem("mainProcessorId", "processor.ownMain"));
        }
        if (request.role == ProcessorRole.SUB_PROCESSOR && request.mainProcessorId == null) {
            problems.add(new FieldProblem("mainProcessorId", "processor.mainRequired"));
        }
        entity.setMainProcessor(main);
        entity.setServices(services(request.serviceIds, problems));
        entity.setChannels(store.resolve(Channel.class, "channelIds", orgId, request.channelIds, problems));
        RegisterStore.throwIfAny(problems);
    }

    private Set<MessengerService> services(List<Long> ids, List<FieldProblem> problems) {
        Set<MessengerService> services = new LinkedHashSet<>();
        Set<Long> unknown = new TreeSet<>();
        for (Long id : ids == null ? List.<Long>of() : ids) {
            MessengerService service = store.em().find(MessengerService.class, id);
            if (service == null) {
                unknown.add(id);
            } else {
                services.add(service);
            }
        }
        if (!unknown.isEmpty()) {
            problems.add(new FieldProblem("serviceIds", "field.unknownServices", unknown));
        }
        return services;
    }

    /** The agreement's review and its end. */
    @Override
    public List<Due> due(long orgId, LocalDate until) {
        List<Due> due = new java.util.ArrayList<>();
        for (Processor p : store.em().createQuery("SELECT e FROM Processor e WHERE e.organisationId = :org"
                + " AND (e.reviewOn <= :until OR e.validUntil <= :until)", Processor.class)
                .setParameter("org", orgId).setParameter("until", until).getResultList()) {
            if (p.getReviewOn() != null && !p.getReviewOn().isAfter(until)) {
                due.add(new Due(ObjectKind.PROCESSOR, p.getId(), p.getName(), "agreementReview", p.getReviewOn()));
            }
            if (p.getValidUntil() != null && !p.getValidUntil().isAfter(until)) {
                due.add(new Due(ObjectKind.PROCESSOR, p.getId(), p.getName(), "agreementEnds", p.getValidUntil()));
            }
        }
        return due;
    }

    /** Every processor of the organisation by name, with its main processor (the record's annex). */
    public List<Processor> forRecord(long orgId) {
        return store.em().createQuery("SELECT p FROM Processor p LEFT JOIN FETCH p.mainProcessor"
                + " WHERE p.organisationId = :org ORDER BY p.name, p.id", Processor.class).setParameter("org", orgId).getResultList();
    }
}
