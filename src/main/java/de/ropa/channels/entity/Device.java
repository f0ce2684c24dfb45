package de.ropa.channels.entity;

/** Where the messenger runs. */
public enum Device {
    COMPANY_PHONE,
    PRIVATE_PHONE,
    DESKTOP_CLIENT,
    MDM_CONTAINER,
    WEB_API,
    /** Not known yet: a finding asks to find out. */
    UNKNOWN
}
