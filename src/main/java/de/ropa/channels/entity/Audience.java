package de.ropa.channels.entity;

/** Who the organisation talks to over a channel. */
public enum Audience {
    INTERNAL,
    EXTERNAL,
    BOTH
}
