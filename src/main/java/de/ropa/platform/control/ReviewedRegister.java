package de.ropa.platform.control;

import de.ropa.platform.entity.ObjectKind;
import java.time.LocalDate;

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

    /** What a recorded review left: the object's name and when it is next due. */
    record ReviewResult(ObjectKind kind, long id, String name, LocalDate next) {
    }
}
