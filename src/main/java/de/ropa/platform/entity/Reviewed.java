package de.ropa.platform.entity;

import java.time.LocalDate;

/** A register object that is reviewed at intervals: when it was last reviewed and when the next review is due. */
public interface Reviewed {

    Long getId();

    String getName();

    LocalDate getLastReviewedOn();

    LocalDate getNextReviewOn();

    /** Records a review done today with the next one due on {@code next}. */
    void reviewed(LocalDate today, LocalDate next);
}
