package de.ropa.activities.boundary;

import de.ropa.activities.boundary.ActivityEntries.RecipientEntry;
import de.ropa.activities.entity.ActivityStatus;
import de.ropa.activities.entity.ApprovalState;
import de.ropa.activities.entity.ProcessingActivity;
import de.ropa.activities.entity.Recipient;
import de.ropa.activities.entity.RecipientKind;
import de.ropa.activities.entity.RecordType;
import de.ropa.channels.boundary.ChannelService;
import de.ropa.channels.entity.Channel;
import de.ropa.measures.entity.Measure;
import de.ropa.platform.boundary.JsonbConfiguration;
import de.ropa.platform.control.AuditSnapshot;
import de.ropa.platform.control.InvalidFieldException.FieldProblem;
import de.ropa.platform.control.RegisterStore;
import de.ropa.platform.control.ReviewedRegister;
import de.ropa.platform.control.ScopedRegisterService;
import de.ropa.platform.entity.ObjectKind;
import de.ropa.platform.paging.Filters;
import de.ropa.platform.paging.Page;
import de.ropa.platform.paging.PageRequest;
import de.ropa.processors.entity.Processor;
import de.ropa.transfers.entity.Transfer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Owns an organisation's processing activities and their rules. */
@ApplicationScoped
@Transactional
public class ActivityService extends ScopedRegisterService<ProcessingActivity, ActivityRequest> implements ReviewedRegister {

    /** Everything a response or report shows, fetched in one query per collection. */
    public static final String[] COLLECTIONS = {"purposes", "subjectCategories", "dataCategories", "recipients",
            "channels", "measures", "transfers"};

    private static final Map<String, String> SORTABLE = Map.of("name", "e.name", "status", "e.status",
            "recordType", "e.recordType", "department", "e.department", "nextReviewOn", "e.nextReviewOn",
            "updatedAt", "e.updatedAt", "createdAt", "e.createdAt");

    @jakarta.inject.Inject
    ApprovalService approvals;

    @jakarta.inject.Inject
    ChannelService channels;

    public ActivityService() {
        super(ProcessingActivity.class, ObjectKind.ACTIVITY, ProcessingActivity::new);
    }

    /** A page of the activities list screen: the columns it shows, nothing else loaded. */
    public Page<ActivityRow> listRows(long orgId, PageRequest page, String text, String sort, String status, String channel) {
        return pageOfColumns(orgId, page, filters(text, status, channel), sort, SORTABLE,
                "e.name, e.department, e.status, e.recordType, e.nextReviewOn",
                r -> new ActivityRow((Long) r[0], (String) r[1], (String) r[2], (ActivityStatus) r[3], (RecordType) r[4],
                        (java.time.LocalDate) r[5]));
    }

    /** The same page as the API sends it: each activity's JSON, kept ready while it does not change. */
    public Page<byte[]> listAsJson(long orgId, PageRequest page, String text, String sort, String status, String channel) {
        return pageAsJson(orgId, page, filters(text, status, channel), sort, SORTABLE,
                activity -> JsonbConfiguration.json(ActivityResponse.from(activity)));
    }

    private static Filters filters(String text, String status, String channel) {
        return new Filters()
                .text(text, "LOWER(e.name) LIKE :text OR LOWER(e.description) LIKE :text OR EXISTS ("
                        + "SELECT 1 FROM ProcessingActivity p JOIN p.purposes pp WHERE p = e AND LOWER(pp.description) LIKE :text)")
                .enumValue("status", status, ActivityStatus.class, "e.status = :status")
                .id("channel", channel, "EXISTS (SELECT 1 FROM ProcessingActivity p JOIN p.channels c WHERE p = e AND c.id = :channel)");
    }

    @Override
    protected String[] collections() {
        return COLLECTIONS;
    }

    @Override
    protected void beforeLoading() {
        channels.beforeLoading();
    }

    @Override
    protected void deleting(ProcessingActivity entity) {
        approvals.retire(entity);
    }

    @Override
    protected AuditSnapshot snapshot(ProcessingActivity entity) {
        return ActivityAuditSnapshot.of(entity);
    }

    @Override
    protected String nameOf(ProcessingActivity entity) {
        return entity.getName();
    }

    @Override
    protected Map<ObjectKind, String> referring() {
        return Map.of(
                ObjectKind.CHANNEL, "JOIN e.channels c WHERE c.id = :id",
                ObjectKind.MEASURE, "JOIN e.measures m WHERE m.id = :id",
                ObjectKind.TRANSFER, "JOIN e.transfers t WHERE t.id = :id",
                ObjectKind.PROCESSOR, "JOIN e.recipients r WHERE r.processor.id = :id");
    }

    @Override
    protected void apply(long orgId, ActivityRequest request, ProcessingActivity entity) {
        request.applyTo(entity);
        entity.setApprovalState(ApprovalState.DRAFT);
        List<FieldProblem> problems = new ArrayList<>();
        if (request.recordType == RecordType.PROCESSOR && (request.clientController == null || request.clientController.isBlank())) {
            problems.add(new FieldProblem("clientController", "activity.clientController"));
        }
        entity.setRecipients(recipients(orgId, request.recipients, problems));
        entity.setChannels(store.resolve(Channel.class, "channelIds", orgId, request.channelIds, problems));
        entity.setMeasures(store.resolve(Measure.class, "measureIds", orgId, request.measureIds, problems));
        entity.setTransfers(store.resolve(Transfer.class, "transferIds", orgId, request.transferIds, problems));
        RegisterStore.throwIfAny(problems);
    }

    private List<Recipient> recipients(long orgId, List<RecipientEntry> entries, List<FieldProblem> problems) {
        List<Recipient> recipients = new ArrayList<>();
        for (int i = 0; entries != null && i < entries.size(); i++) {
            RecipientEntry entry = entries.get(i);
            String field = "recipients[" + i + "].processorId";
            if (entry.kind == RecipientKind.PROCESSOR && entry.processorId == null) {
                problems.add(new FieldProblem(field, "activity.recipientProcessor"));
            }
            if (entry.kind != RecipientKind.PROCESSOR && entry.processorId != null) {
                problems.add(new FieldProblem(field, "activity.recipientNoProcessor"));
            }
            Processor processor = store.resolveOne(Processor.class, field, orgId, entry.processorId, problems);
            recipients.add(new Recipient(entry.name, entry.kind, entry.country, processor));
        }
        return recipients;
    }

    @Override
    public List<Due> due(long orgId, LocalDate until) {
        return reviewsDue(orgId, until, ActivityStatus.RETIRED);
    }

    /** The activities that use a channel, with their purposes (a channel's datasheet), by name. */
    public List<ProcessingActivity> usingChannel(long orgId, long channelId) {
        List<ProcessingActivity> activities = store.collectionsInBulk(store.em().createQuery(
                        "SELECT DISTINCT a FROM ProcessingActivity a JOIN a.channels c WHERE c.id = :channel"
                                + " AND a.organisationId = :org", ProcessingActivity.class), ProcessingActivity.class, "a", "purposes")
                .setParameter("channel", channelId).setParameter("org", orgId).getResultList().stream()
                .sorted(java.util.Comparator.comparing(ProcessingActivity::getName, String.CASE_INSENSITIVE_ORDER)).toList();
        store.fetch(ProcessingActivity.class, activities, "purposes");
        return activities;
    }

    /** The record's activities of one type, not retired, by name, with every collection loaded (the record PDF). */
    public <T> List<T> forRecord(long orgId, RecordType type, Function<ProcessingActivity, T> view) {
        return store.inChunks(ProcessingActivity.class, store.em().createQuery("SELECT a.id FROM ProcessingActivity a"
                        + " WHERE a.organisationId = :org AND a.recordType = :type AND a.status <> :retired ORDER BY a.name, a.id",
                        Long.class).setParameter("org", orgId).setParameter("type", type)
                .setParameter("retired", ActivityStatus.RETIRED), view, COLLECTIONS);
    }
}
