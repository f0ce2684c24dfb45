package de.ropa.findings.boundary;

import de.ropa.findings.entity.FindingState;
import de.ropa.findings.entity.Severity;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many findings there are by severity, open and accepted. */
@Schema(name = "FindingSummary")
public record FindingSummary(SeverityCounts open, SeverityCounts accepted) {

    /** Counts per severity and their total. */
    @Schema(name = "SeverityCounts")
    public record SeverityCounts(long high, long medium, long low, long info, long total) {

        static SeverityCounts of(List<FindingView> views) {
            long[] counts = new long[Severity.values().length];
            views.forEach(v -> counts[v.finding().rule().severity().ordinal()]++);
            return new SeverityCounts(counts[Severity.HIGH.ordinal()], counts[Severity.MEDIUM.ordinal()],
                    counts[Severity.LOW.ordinal()], counts[Severity.INFO.ordinal()], views.size());
        }

        public long of(Severity severity) {
            return switch (severity) {
                case HIGH -> high;
                case MEDIUM -> medium;
                case LOW -> low;
                case INFO -> info;
            };
        }
    }

    static FindingSummary of(List<FindingView> views) {
        return new FindingSummary(
                SeverityCounts.of(views.stream().filter(v -> v.state() == FindingState.OPEN).toList()),
                SeverityCounts.of(views.stream().filter(v -> v.state() == FindingState.ACCEPTED).toList()));
    }
}
