package de.ropa.reports.control;

import de.ropa.audit.control.ChangeWording;
import de.ropa.findings.boundary.AcceptanceResponse;
import de.ropa.findings.boundary.FindingResponse;
import de.ropa.findings.entity.FindingState;
import de.ropa.findings.entity.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        ReportDocument doc = new ReportDocument(t.label("report.findings.title"), organisation, state, t.locale(), t.zone());
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
    static void findingList(ReportDocument doc, List<FindingResponse> findings, String anchorPrefix, String heading, ReportTexts t) {
        doc.section(anchorPrefix + "all", heading);
        if (findings.isEmpty()) {
            doc.text(t.label("findings.none"));
        }
        list(doc, findings, anchorPrefix, t);
    }

    /**
     * Each rule once: its explanation, what to do and its references, then the objects it found, each with its state
     * (and the acceptance's reason) and the facts it found; the contents name the objects.
     */
    private static void list(ReportDocument doc, List<FindingResponse> findings, String anchorPrefix, ReportTexts t) {
        Map<String, List<FindingResponse>> byRule = findings.stream().collect(Collectors.groupingBy(FindingResponse::ruleId,
                LinkedHashMap::new, Collectors.toList()));
        for (List<FindingResponse> group : byRule.values()) {
            FindingResponse first = group.get(0);
            doc.section(anchorPrefix + first.ruleId(), "[" + t.of(first.severity()) + "] " + first.title() + " – "
                            + objects(group, t))
                    .field(t.label("report.findings.explanation"), first.explanation())
                    .field(t.label("findings.remediation"), first.remediation())
                    .field(t.label("findings.references"), ReportTexts.lines(first.references()))
                    .field(t.label("report.findings.rule"), first.ruleId())
                    .head(t.label("report.findings.object"), t.label("findings.stateFilter"), t.label("report.findings.facts"));
            for (FindingResponse finding : group) {
                doc.row(t.of(finding.objectKind()) + ": " + finding.objectName(), state(finding, t), facts(finding, t));
            }
        }
    }

    /** The objects a rule found, as the contents name them: up to three names, then how many more. */
    private static String objects(List<FindingResponse> group, ReportTexts t) {
        String names = group.stream().limit(3).map(FindingResponse::objectName).collect(Collectors.joining(", "));
        return group.size() <= 3 ? names : t.label("report.findings.andMore", names, group.size() - 3);
    }

    private static String state(FindingResponse finding, ReportTexts t) {
        List<String> lines = new ArrayList<>();
        lines.add(t.of(finding.state()));
        if (finding.acceptance() != null) {
            lines.add(t.label("findings.acceptedBy") + " " + who(finding.acceptance(), t) + ": „"
                    + finding.acceptance().justification() + "“");
        }
        if (finding.lapsedAcceptance() != null) {
            lines.add(t.label("findings.lapsed") + " (" + who(finding.lapsedAcceptance(), t) + ": „"
                    + finding.lapsedAcceptance().justification() + "“)");
        }
        return ReportTexts.lines(lines);
    }

    private static String who(AcceptanceResponse acceptance, ReportTexts t) {
        return acceptance.acceptedBy() + ", " + t.dateTime(acceptance.acceptedAt());
    }

    /** The facts a rule found, in the words of the screens ("Geräte: Privates Telefon"), not as stored. */
    private static String facts(FindingResponse finding, ReportTexts t) {
        ChangeWording wording = new ChangeWording(t.locale(), finding.objectKind(), (kind, id) -> Optional.empty());
        return ReportTexts.lines(finding.facts().entrySet().stream()
                .map(e -> wording.field(e.getKey()) + ": " + (e.getValue().isBlank() ? ReportDocument.EMPTY
                        : wording.value(e.getKey(), e.getValue()))).toList());
    }
}
