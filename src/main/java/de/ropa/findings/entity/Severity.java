package de.ropa.findings.entity;

/** How urgently a finding needs the DPO's attention, most urgent first. */
public enum Severity {
    HIGH,
    MEDIUM,
    LOW,
    INFO
}
