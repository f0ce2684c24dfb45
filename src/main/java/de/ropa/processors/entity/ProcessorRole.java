package de.ropa.processors.entity;

/** Whether the organisation engages the processor directly or through another processor. */
public enum ProcessorRole {
    PROCESSOR,
    SUB_PROCESSOR
}
