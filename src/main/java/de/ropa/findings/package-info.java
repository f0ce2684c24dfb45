/**
 * Findings: the gaps the register shows, computed from its current state by a catalogue of rules with
 * severity, article references and remediation, and the DPO's risk acceptances of them.
 */
package de.ropa.findings;
