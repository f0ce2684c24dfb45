package de.ropa.findings.boundary;

import de.ropa.findings.control.Finding;
import de.ropa.findings.entity.FindingAcceptance;
import de.ropa.findings.entity.FindingState;

/**
 * A finding as the DPO sees it: accepted when an acceptance covers today's facts; open otherwise, with
 * the acceptance that lapsed because the facts changed, if any.
 */
public record FindingView(Finding finding, FindingState state, FindingAcceptance acceptance,
                          FindingAcceptance lapsedAcceptance) {

    static FindingView of(Finding finding, FindingAcceptance active) {
        if (active == null) {
            return new FindingView(finding, FindingState.OPEN, null, null);
        }
        if (active.getFactsDigest().equals(finding.evidence().digest())) {
            return new FindingView(finding, FindingState.ACCEPTED, active, null);
        }
        return new FindingView(finding, FindingState.OPEN, null, active);
    }
}
