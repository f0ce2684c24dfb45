package de.ropa.activities.entity;

/** Whether the organisation records the activity as controller (Art. 30(1)) or as processor for a client (Art. 30(2)). */
public enum RecordType {
    CONTROLLER,
    PROCESSOR
}
