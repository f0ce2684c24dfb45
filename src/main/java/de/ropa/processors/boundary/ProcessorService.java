package de.ropa.processors.boundary;

import de.ropa.catalogue.entity.MessengerService;
import de.ropa.channels.entity.Channel;
import de.ropa.platform.control.InvalidFieldException.FieldProblem;
import de.ropa.platform.control.RegisterStore;
import de.ropa.platform.paging.Filters;
import de.ropa.platform.paging.Page;
import de.ropa.platform.paging.PageRequest;
import de.ropa.platform.paging.Sorting;
import de.ropa.processors.entity.AgreementStatus;
import de.ropa.processors.entity.Processor;
import de.ropa.processors.entity.ProcessorRole;
import de.ropa.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Owns an organisation's processors and the state of their processing agreements. */
@ApplicationScoped
@Transactional
public class ProcessorService {

    static final String KIND = "processor";
    private static final Map<String, String> SORTABLE = Map.of("name", "e.name", "agreementStatus", "e.agreementStatus",
            "validUntil", "e.validUntil", "reviewOn", "e.reviewOn", "updatedAt", "e.updatedAt");

    @Inject
    RegisterStore store;

    public Page<Processor> list(long orgId, PageRequest page, String text, String sort, String agreementStatus) {
        store.requireOrganisation(orgId);
        Filters filters = new Filters()
                .text(text, "LOWER(e.name) LIKE :text")
                .enumValue("agreementStatus", agreementStatus, AgreementStatus.class, "e.agreementStatus = :agreementStatus");
        Page<Processor> result = store.page(Processor.class, orgId, page, filters.conditions(), filters.parameters(),
                Sorting.orderBy(sort, SORTABLE, "e.id"));
        store.fetch(Processor.class, result.items(), "services", "channels");
        return result;
    }

    public Processor find(long orgId, long id) {
        Processor processor = store.find(Processor.class, KIND, orgId, id);
        store.fetch(Processor.class, List.of(processor), "services", "channels");
        return processor;
    }

    @RolesAllowed({Role.DPO_NAME, Role.INTEGRATION_NAME})
    public Processor create(long orgId, ProcessorRequest request) {
        store.requireOrganisation(orgId);
        store.validate(request);
        Processor processor = new Processor();
        processor.setOrganisationId(orgId);
        apply(orgId, request, processor);
        store.em().persist(processor);
        store.em().flush();
        return processor;
    }

    @RolesAllowed({Role.DPO_NAME, Role.INTEGRATION_NAME})
    public Processor update(long orgId, long id, long expectedVersion, ProcessorRequest request) {
        store.requireOrganisation(orgId);
        store.validate(request);
        Processor processor = store.findForChange(Processor.class, KIND, orgId, id, expectedVersion);
        apply(orgId, request, processor);
        processor.touch();
        store.em().flush();
        return processor;
    }

    @RolesAllowed({Role.DPO_NAME, Role.INTEGRATION_NAME})
    public void delete(long orgId, long id, long expectedVersion) {
        Processor processor = store.findForChange(Processor.class, KIND, orgId, id, expectedVersion);
        Map<String, String> references = new LinkedHashMap<>();
        references.put("activity", "SELECT a.name FROM ProcessingActivity a JOIN a.recipients r WHERE r.processor.id = :id");
        references.put("transfer", "SELECT t.recipient FROM Transfer t WHERE t.processor.id = :id");
        references.put("sub-processor", "SELECT p.name FROM Processor p WHERE p.mainProcessor.id = :id");
        store.requireUnreferenced(KIND, id, references);
        store.em().remove(processor);
        store.em().flush();
    }

    private void apply(long orgId, ProcessorRequest request, Processor processor) {
        request.applyTo(processor);
        List<FieldProblem> problems = new ArrayList<>();
        Processor main = store.resolveOne(Processor.class, "mainProcessorId", orgId, request.mainProcessorId, problems);
        if (main != null && main.getId().equals(processor.getId())) {
            problems.add(new FieldProblem("mainProcessorId", "a processor cannot be its own main processor"));
        }
        if (request.role == ProcessorRole.SUB_PROCESSOR && request.mainProcessorId == null) {
            problems.add(new FieldProblem("mainProcessorId", "must name the processor that engages this sub-processor"));
        }
        processor.setMainProcessor(main);
        processor.setServices(services(request.serviceIds, problems));
        processor.setChannels(store.resolve(Channel.class, "channelIds", orgId, request.channelIds, problems));
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
            problems.add(new FieldProblem("serviceIds", "unknown messenger service ids " + unknown));
        }
        return services;
    }
}
