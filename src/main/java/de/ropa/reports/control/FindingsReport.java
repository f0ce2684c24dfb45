package de.ropa.reports.control;

import de.ropa.findings.boundary.AcceptanceResponse;
import de.ropa.findings.boundary.FindingResponse;
import de.ropa.findings.entity.FindingState;
import de.ropa.findings.entity.Severity;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The findings report: every open and accepted finding, grouped by severity, with its explanation,
 * references, what to do, and for accepted ones who accepted the risk, when and why.
 */
public final class FindingsReport {

    private FindingsReport() {
    }

    public static ReportDocument of(String organisation, String state, List<FindingResponse> findings, ReportTexts t) {
        Map<Severity, List<FindingResponse>> bySeverity = findings.stream().collect(Collectors.groupingBy(
                FindingResponse::severity, () -> new EnumMap<>(Severity.class), Collectors.toList()));
        ReportDocument doc = new ReportDocument(t.label("report.findings.title"), organisation, state, t.locale());
        doc.part("cover", null)
                .title(t.label("report.findings.title"), t.label("report.findings.subtitle"), organisation)
                .text(t.label("findings.intro"))
                .gap()
                .head(t.label("findings.severity"), t.label("findings.state.open"), t.label("findings.state.accepted"));
        for (Severity severity : Severity.values()) {
            List<FindingResponse> group = bySeverity.getOrDefault(severity, List.of());
            long open = group.stream().filter(f -> f.state() == FindingState.OPEN).count();
            doc.row(t.of(severity), t.number(open), t.number(group.size() - open));
        }
        doc.contents("contents", t.label("report.contents"));
        for (Map.Entry<Severity, List<FindingResponse>> group : bySeverity.entrySet()) {
            doc.part("severity-" + group.getKey(), t.label("report.findings.severity", t.of(group.getKey()),
                    t.number(group.getValue().size())));
            list(doc, group.getValue(), "finding-", t);
        }
        if (findings.isEmpty()) {
            doc.part("none", t.label("report.findings.title")).text(t.label("findings.none"));
        }
        return doc;
    }

    /** The findings as sections of their own, for this report and an object's datasheet. */
    static void findingList(ReportDocument doc, List<FindingResponse> findings, String anchorPrefix, ReportTexts t) {
        doc.section(anchorPrefix + "all", t.label("report.findings.ofObject"));
        if (findings.isEmpty()) {
            doc.text(t.label("findings.none"));
        }
        list(doc, findings, anchorPrefix, t);
    }

    private static void list(ReportDocument doc, List<FindingResponse> findings, String anchorPrefix, ReportTexts t) {
        for (FindingResponse finding : findings) {
            doc.section(anchorPrefix + finding.id(), "[" + t.of(finding.severity()) + "] " + finding.title())
                    .field(t.label("report.findings.object"), t.of(finding.objectKind()) + ": " + finding.objectName())
                    .field(t.label("findings.stateFilter"), t.of(finding.state()))
                    .field(t.label("report.findings.explanation"), finding.explanation())
                    .field(t.label("findings.remediation"), finding.remediation())
                    .field(t.label("findings.references"), ReportTexts.lines(finding.references()))
                    .field(t.label("report.findings.facts"), facts(finding.facts()))
                    .field(t.label("report.findings.rule"), finding.ruleId());
            acceptance(doc, t, "findings.acceptedBy", finding.acceptance());
            if (finding.lapsedAcceptance() != null) {
                doc.field(t.label("findings.lapsed"), ReportTexts.lines(Arrays.asList(finding.lapsedAcceptance().justification(),
                        who(finding.lapsedAcceptance(), t))));
            }
        }
    }

    private static void acceptance(ReportDocument doc, ReportTexts t, String label, AcceptanceResponse acceptance) {
        if (acceptance != null) {
            doc.field(t.label(label), who(acceptance, t))
                    .field(t.label("report.findings.justification"), acceptance.justification());
        }
    }

    private static String who(AcceptanceResponse acceptance, ReportTexts t) {
        return acceptance.acceptedBy() + ", " + t.dateTime(acceptance.acceptedAt());
    }

    private static String facts(Map<String, String> facts) {
        return ReportTexts.lines(facts.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).toList());
    }
}
