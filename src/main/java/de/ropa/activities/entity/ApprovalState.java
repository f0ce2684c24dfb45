package de.ropa.activities.entity;

/**
 * Where an activity's current content stands: being written (any change makes it a draft again), submitted
 * for approval, or approved as it is. Superseded is a state of an approved version, not of the activity.
 */
public enum ApprovalState {
    DRAFT,
    IN_REVIEW,
    APPROVED
}
