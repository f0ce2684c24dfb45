/**
 * Findings: the gaps the register shows, computed from its current state by a catalogue of rules with
 * severity, article references and remediation, and the DPO's risk acceptances of them. It also owns what the
 * screens show beside an object (its findings, the open findings per list row, a channel's messenger checklist).
 */
package de.ropa.findings;
