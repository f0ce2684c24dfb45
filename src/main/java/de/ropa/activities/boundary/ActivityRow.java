package de.ropa.activities.boundary;

import de.ropa.activities.entity.ActivityStatus;
import de.ropa.activities.entity.RecordType;
import java.io.Serializable;
import java.time.LocalDate;

/** An activity as the list screen shows it: its columns only. */
public record ActivityRow(long id, String name, String department, ActivityStatus status, RecordType recordType,
                          LocalDate nextReviewOn) implements Serializable {
}
