package de.ropa.reviews.boundary;

import de.ropa.dashboard.boundary.DashboardService.DueItem;
import de.ropa.dashboard.boundary.DashboardService;
import de.ropa.platform.control.InvalidFieldException.FieldProblem;
import de.ropa.platform.control.InvalidFieldException;
import de.ropa.platform.control.RegisterStore;
import de.ropa.platform.control.ReviewedRegister.ReviewResult;
import de.ropa.platform.control.ReviewedRegister;
import de.ropa.platform.entity.ObjectKind;
import de.ropa.platform.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
    Instance<ReviewedRegister> owners;

    @Inject
    DashboardService dashboard;

    Clock clock = Clock.systemDefaultZone();

    /** What is due for review within {@code days}, overdue first. */
    public List<DueItem> due(long orgId, int days) {
        if (days < 0 || days > 3660) {
            throw new InvalidFieldException("within", "field.range", 0, 3660);
        }
        return dashboard.dueWithin(orgId, days);
    }

    /** The version an object has now, for a review recorded from a list where the user saw no version. */
    public long currentVersion(long orgId, ObjectKind kind, long id) {
        return owner(kind).orElseThrow(() -> new InvalidFieldException("objectKind", "review.kind"))
                .currentVersion(orgId, id);
    }

    @RolesAllowed({Role.DPO_NAME, Role.INTEGRATION_NAME})
    public DueItem review(long orgId, long expectedVersion, ReviewRequest request) {
        store.requireOrganisation(orgId);
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        Optional<ReviewedRegister> owner = owner(request.objectKind);
        if (owner.isEmpty()) {
            problems.add(new FieldProblem("objectKind", "review.kind"));
        }
        if (request.objectId == null) {
            problems.add(new FieldProblem("objectId", "review.object"));
        }
        LocalDate next = request.nextReviewOn == null ? today.plusYears(1) : request.nextReviewOn;
        if (!next.isAfter(today)) {
            problems.add(new FieldProblem("nextReviewOn", "review.nextAfterToday"));
        }
        RegisterStore.throwIfAny(problems);
        store.validate(request);
        String note = request.note == null || request.note.isBlank() ? null : request.note.trim();
        ReviewResult result = owner.orElseThrow().review(orgId, request.objectId, expectedVersion, today, next, note);
        return new DueItem(result.kind(), result.id(), result.name(), "review", result.next(), false);
    }

    /** The service that owns objects of this kind and records their reviews; none for a kind that is not reviewed. */
    private Optional<ReviewedRegister> owner(ObjectKind kind) {
        return owners.stream().filter(o -> o.kind() == kind).findFirst();
    }
}
