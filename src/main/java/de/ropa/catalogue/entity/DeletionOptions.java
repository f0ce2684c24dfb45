package de.ropa.catalogue.entity;

/** What the service offers to delete messages without a user's manual action. */
public enum DeletionOptions {
    /** Users can set chats to delete messages after a timer. */
    DISAPPEARING_MESSAGES,
    /** Administrators set retention and deletion policies for the whole organisation. */
    ADMIN_RETENTION_POLICIES,
    MANUAL_DELETION_ONLY,
    UNKNOWN
}
