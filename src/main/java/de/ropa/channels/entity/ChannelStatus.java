package de.ropa.channels.entity;

/** Life cycle of a channel. */
public enum ChannelStatus {
    PLANNED,
    ACTIVE,
    RETIRED
}
