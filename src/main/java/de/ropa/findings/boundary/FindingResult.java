package de.ropa.findings.boundary;

import java.util.List;

/** One page of findings, their total, and the summary by severity of all that match the filter. */
public record FindingResult(List<FindingView> items, int page, int size, long total, FindingSummary summary) {
}
