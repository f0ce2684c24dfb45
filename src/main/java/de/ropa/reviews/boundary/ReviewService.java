package de.ropa.reviews.boundary;

import de.ropa.activities.entity.ProcessingActivity;
import de.ropa.audit.control.AuditTrail;
import de.ropa.channels.entity.Channel;
import de.ropa.dashboard.boundary.DashboardService.DueItem;
import de.ropa.dashboard.boundary.DashboardService;
import de.ropa.platform.control.InvalidFieldException.FieldProblem;
import de.ropa.platform.control.InvalidFieldException;
import de.ropa.platform.control.RegisterStore;
import de.ropa.platform.entity.Lengths;
import de.ropa.processors.entity.Processor;
import de.ropa.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records reviews of activities, channels and processing agreements (last reviewed today, next review
 * set, the note in the trail) and lists what is due.
 */
@ApplicationScoped
@Transactional
public class ReviewService {

    @Inject
    RegisterStore store;

    @Inject
    AuditTrail trail;

    @Inject
    DashboardService dashboard;

    Clock clock = Clock.systemDefaultZone();

    /** What is due for review within {@code days}, overdue first. */
    public List<DueItem> due(long orgId, int days) {
        if (days < 0 || days > 3660) {
            throw new InvalidFieldException("within", "must be between 0 and 3660 days");
        }
        return dashboard.dueWithin(orgId, days);
    }

    /** The version an object has now, for a review recorded from a list where the user saw no version. */
    public long currentVersion(long orgId, String kind, long id) {
        Class<? extends de.ropa.platform.entity.OrganisationScoped> type = switch (kind) {
            case "ACTIVITY" -> ProcessingActivity.class;
            case "CHANNEL" -> Channel.class;
            case "PROCESSOR" -> Processor.class;
            default -> throw new InvalidFieldException("objectKind", "must be ACTIVITY, CHANNEL or PROCESSOR");
        };
        return store.find(type, kind.toLowerCase(java.util.Locale.ROOT), orgId, id).getVersion();
    }

    @RolesAllowed({Role.DPO_NAME, Role.INTEGRATION_NAME})
    public DueItem review(long orgId, long expectedVersion, ReviewRequest request) {
        store.requireOrganisation(orgId);
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        if (request.objectKind == null || !List.of("ACTIVITY", "CHANNEL", "PROCESSOR").contains(request.objectKind)) {
            problems.add(new FieldProblem("objectKind", "must be ACTIVITY, CHANNEL or PROCESSOR"));
        }
        if (request.objectId == null) {
            problems.add(new FieldProblem("objectId", "must name the reviewed object"));
        }
        LocalDate next = request.nextReviewOn == null ? today.plusYears(1) : request.nextReviewOn;
        if (!next.isAfter(today)) {
            problems.add(new FieldProblem("nextReviewOn", "must be after today"));
        }
        if (request.note != null && request.note.length() > Lengths.TEXT) {
            problems.add(new FieldProblem("note", "must be at most " + Lengths.TEXT + " characters"));
        }
        RegisterStore.throwIfAny(problems);
        String note = request.note == null || request.note.isBlank() ? null : request.note.trim();
        return switch (request.objectKind) {
            case "ACTIVITY" -> {
                ProcessingActivity a = store.findForChange(ProcessingActivity.class, "activity", orgId, request.objectId, expectedVersion);
                Map<String, Object> before = dates(a.getLastReviewedOn(), a.getNextReviewOn(), null);
                a.setLastReviewedOn(today);
                a.setNextReviewOn(next);
                yield recorded(orgId, "ACTIVITY", a.getId(), a.getName(), a, before, note, next);
            }
            case "CHANNEL" -> {
                Channel c = store.findForChange(Channel.class, "channel", orgId, request.objectId, expectedVersion);
                Map<String, Object> before = dates(c.getLastReviewedOn(), c.getNextReviewOn(), null);
                c.setLastReviewedOn(today);
                c.setNextReviewOn(next);
                yield recorded(orgId, "CHANNEL", c.getId(), c.getName(), c, before, note, next);
            }
            default -> {
                Processor p = store.findForChange(Processor.class, "processor", orgId, request.objectId, expectedVersion);
                Map<String, Object> before = dates(p.getLastReviewedOn(), p.getReviewOn(), null);
                p.setLastReviewedOn(today);
                p.setReviewOn(next);
                yield recorded(orgId, "PROCESSOR", p.getId(), p.getName(), p, before, note, next);
            }
        };
    }

    private DueItem recorded(long orgId, String kind, long id, String name, de.ropa.platform.entity.Tracked entity,
                             Map<String, Object> before, String note, LocalDate next) {
        entity.touch();
        store.em().flush();
        trail.record(orgId, kind, id, name, "REVIEW", before, dates(LocalDate.now(clock), next, note));
        return new DueItem(de.ropa.findings.entity.ObjectKind.valueOf(kind), id, name, "review", next, false);
    }

    private static Map<String, Object> dates(LocalDate last, LocalDate next, String note) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("lastReviewedOn", last);
        values.put("nextReviewOn", next);
        if (note != null) {
            values.put("note", note);
        }
        return values;
    }
}
