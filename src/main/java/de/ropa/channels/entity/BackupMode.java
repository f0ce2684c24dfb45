package de.ropa.channels.entity;

/** How the chat history is backed up. */
public enum BackupMode {
    NONE,
    END_TO_END_ENCRYPTED,
    UNENCRYPTED_CLOUD,
    /** Not known yet: a finding asks to find out. */
    UNKNOWN
}
