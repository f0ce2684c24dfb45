package de.ropa.findings.entity;

/** Whether a finding waits for the DPO or was accepted as a risk for the facts it shows now. */
public enum FindingState {
    OPEN,
    ACCEPTED
}
