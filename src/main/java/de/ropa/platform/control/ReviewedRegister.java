package de.ropa.platform.control;

import de.ropa.platform.entity.ObjectKind;
import java.time.LocalDate;
import java.util.List;

/**
 * A component's service whose objects are reviewed at intervals (activities, channels, processors): it records a
 * review of its own objects, so that only the owner changes them. The reviews component finds them by {@link #kind()}.
 */
public interface ReviewedRegister {

    ObjectKind kind();

    /** The version an object has now (a review started from a list where the user saw no version). */
    long currentVersion(long orgId, long id);

    /** Sets last-reviewed to {@code today} and the next review; the trail records the note. */
    ReviewResult review(long orgId, long id, long expectedVersion, LocalDate today, LocalDate next, String note);

    /** This component's objects with a review (or another date the DPO must act on) due by {@code until}. */
    List<Due> due(long orgId, LocalDate until);

    /** A date to act on: which object, what is due (review, agreementReview, agreementEnds), and when. */
    record Due(ObjectKind kind, long id, String name, String what, LocalDate date) {
    }

    /** What a recorded review left: the object's name and when it is next due. */
    record ReviewResult(ObjectKind kind, long id, String name, LocalDate next) {
    }
}
