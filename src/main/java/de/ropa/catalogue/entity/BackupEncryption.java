package de.ropa.catalogue.entity;

/** How the provider or app protects message backups. */
public enum BackupEncryption {
    UNENCRYPTED_UNLESS_OPTED_IN,
    END_TO_END,
    PROVIDER_ENCRYPTED,
    NO_CLOUD_BACKUP
}
