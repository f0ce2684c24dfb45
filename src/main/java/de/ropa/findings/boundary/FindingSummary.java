package de.ropa.findings.boundary;

import de.ropa.findings.entity.FindingState;
import de.ropa.findings.entity.Severity;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many findings there are by severity, open and accepted. */
@Schema(name = "FindingSummary")
public record FindingSummary(SeverityCounts open, SeverityCounts accepted) implements java.io.Serializable {

    /** Counts per severity and their total. */
    @Schema(name = "SeverityCounts")
    public record SeverityCounts(long high, long medium, long low, long info, long total) implements java.io.Serializable {

        private static SeverityCounts of(long[] counts) {
            return new SeverityCounts(counts[Severity.HIGH.ordinal()], counts[Severity.MEDIUM.ordinal()],
                    counts[Severity.LOW.ordinal()], counts[Severity.INFO.ordinal()], java.util.Arrays.stream(counts).sum());
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

    /** In one pass: an organisation can have 150,000 findings. */
    static FindingSummary of(List<FindingView> views) {
        long[] open = new long[Severity.values().length];
        long[] accepted = new long[Severity.values().length];
        for (FindingView view : views) {
            (view.state() == FindingState.OPEN ? open : accepted)[view.finding().rule().severity().ordinal()]++;
        }
        return new FindingSummary(SeverityCounts.of(open), SeverityCounts.of(accepted));
    }
}
