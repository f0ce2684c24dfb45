package de.ropa.activities.boundary;

import de.ropa.activities.boundary.ActivityEntries.RecipientEntry;
import de.ropa.activities.entity.ActivityStatus;
import de.ropa.activities.entity.ProcessingActivity;
import de.ropa.activities.entity.Recipient;
import de.ropa.activities.entity.RecipientKind;
import de.ropa.activities.entity.RecordType;
import de.ropa.channels.entity.Channel;
import de.ropa.measures.entity.Measure;
import de.ropa.platform.control.InvalidFieldException.FieldProblem;
import de.ropa.platform.control.RegisterStore;
import de.ropa.platform.paging.Filters;
import de.ropa.platform.paging.Page;
import de.ropa.platform.paging.PageRequest;
import de.ropa.platform.paging.Sorting;
import de.ropa.processors.entity.Processor;
import de.ropa.transfers.entity.Transfer;
import de.ropa.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Owns an organisation's processing activities and their rules. */
@ApplicationScoped
@Transactional
public class ActivityService {

    static final String KIND = "activity";
    /** Everything a response or report shows, fetched in one query per collection. */
    public static final String[] COLLECTIONS = {"purposes", "subjectCategories", "dataCategories", "recipients",
            "channels", "measures", "transfers"};
    private static final Map<String, String> SORTABLE = Map.of("name", "e.name", "status", "e.status",
            "recordType", "e.recordType", "department", "e.department", "nextReviewOn", "e.nextReviewOn",
            "updatedAt", "e.updatedAt", "createdAt", "e.createdAt");

    @Inject
    RegisterStore store;

    public Page<ProcessingActivity> list(long orgId, PageRequest page, String text, String sort, String status,
                                         String channel) {
        store.requireOrganisation(orgId);
        Filters filters = new Filters()
                .text(text, "LOWER(e.name) LIKE :text OR LOWER(e.description) LIKE :text OR EXISTS ("
                        + "SELECT 1 FROM ProcessingActivity p JOIN p.purposes pp WHERE p = e AND LOWER(pp.description) LIKE :text)")
                .enumValue("status", status, ActivityStatus.class, "e.status = :status")
                .id("channel", channel, "EXISTS (SELECT 1 FROM ProcessingActivity p JOIN p.channels c WHERE p = e AND c.id = :channel)");
        Page<ProcessingActivity> result = store.page(ProcessingActivity.class, orgId, page, filters.conditions(),
                filters.parameters(), Sorting.orderBy(sort, SORTABLE, "e.id"));
        store.fetch(ProcessingActivity.class, result.items(), COLLECTIONS);
        return result;
    }

    public ProcessingActivity find(long orgId, long id) {
        ProcessingActivity activity = store.find(ProcessingActivity.class, KIND, orgId, id);
        store.fetch(ProcessingActivity.class, List.of(activity), COLLECTIONS);
        return activity;
    }

    @RolesAllowed({Role.DPO_NAME, Role.INTEGRATION_NAME})
    public ProcessingActivity create(long orgId, ActivityRequest request) {
        store.requireOrganisation(orgId);
        store.validate(request);
        ProcessingActivity activity = new ProcessingActivity();
        activity.setOrganisationId(orgId);
        apply(orgId, request, activity);
        store.em().persist(activity);
        store.em().flush();
        return activity;
    }

    @RolesAllowed({Role.DPO_NAME, Role.INTEGRATION_NAME})
    public ProcessingActivity update(long orgId, long id, long expectedVersion, ActivityRequest request) {
        store.requireOrganisation(orgId);
        store.validate(request);
        ProcessingActivity activity = store.findForChange(ProcessingActivity.class, KIND, orgId, id, expectedVersion);
        apply(orgId, request, activity);
        activity.touch();
        store.em().flush();
        return activity;
    }

    @RolesAllowed({Role.DPO_NAME, Role.INTEGRATION_NAME})
    public void delete(long orgId, long id, long expectedVersion) {
        ProcessingActivity activity = store.findForChange(ProcessingActivity.class, KIND, orgId, id, expectedVersion);
        store.em().remove(activity);
        store.em().flush();
    }

    private void apply(long orgId, ActivityRequest request, ProcessingActivity activity) {
        request.applyTo(activity);
        List<FieldProblem> problems = new ArrayList<>();
        if (request.recordType == RecordType.PROCESSOR && (request.clientController == null || request.clientController.isBlank())) {
            problems.add(new FieldProblem("clientController", "must name the controller on whose behalf the organisation"
                    + " processes (Art. 30(2)(a))"));
        }
        activity.setRecipients(recipients(orgId, request.recipients, problems));
        activity.setChannels(store.resolve(Channel.class, "channelIds", orgId, request.channelIds, problems));
        activity.setMeasures(store.resolve(Measure.class, "measureIds", orgId, request.measureIds, problems));
        activity.setTransfers(store.resolve(Transfer.class, "transferIds", orgId, request.transferIds, problems));
        RegisterStore.throwIfAny(problems);
    }

    private List<Recipient> recipients(long orgId, List<RecipientEntry> entries, List<FieldProblem> problems) {
        List<Recipient> recipients = new ArrayList<>();
        for (int i = 0; entries != null && i < entries.size(); i++) {
            RecipientEntry entry = entries.get(i);
            String field = "recipients[" + i + "].processorId";
            if (entry.kind == RecipientKind.PROCESSOR && entry.processorId == null) {
                problems.add(new FieldProblem(field, "must name the processor when kind is PROCESSOR"));
            }
            if (entry.kind != RecipientKind.PROCESSOR && entry.processorId != null) {
                problems.add(new FieldProblem(field, "may only be set when kind is PROCESSOR"));
            }
            Processor processor = store.resolveOne(Processor.class, field, orgId, entry.processorId, problems);
            recipients.add(new Recipient(entry.name, entry.kind, entry.country, processor));
        }
        return recipients;
    }
}
