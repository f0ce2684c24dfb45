package de.ropa.findings.boundary;

import de.ropa.findings.control.Finding;
import de.ropa.findings.control.RuleTexts;
import de.ropa.findings.entity.FindingState;
import de.ropa.findings.entity.Severity;
import de.ropa.platform.entity.ObjectKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A finding with its rule's texts in the requested language and the facts it was raised on. */
@Schema(name = "Finding")
public record FindingResponse(
        @Schema(description = "Rule id and object id, e.g. CH-CONTACT-SYNC.42") String id,
        String ruleId, Severity severity, ObjectKind objectKind, long objectId, String objectName,
        long organisationId, String title, String explanation, String remediation, List<String> references,
        @Schema(description = "The facts of the register the rule fired on") Map<String, String> facts,
        FindingState state,
        @Schema(description = "Present when accepted") AcceptanceResponse acceptance,
        @Schema(description = "An acceptance that no longer covers the finding because its facts changed")
        AcceptanceResponse lapsedAcceptance,
        @Schema(description = "Findings on the same object that look at the same root cause from another side (their ids)")
        List<String> related) implements java.io.Serializable {

    public static FindingResponse from(FindingView view, Locale locale) {
        Finding finding = view.finding();
        RuleTexts texts = RuleTexts.of(finding.rule().id(), locale);
        return new FindingResponse(finding.id(), finding.rule().id(), finding.rule().severity(), finding.rule().kind(),
                finding.objectId(), finding.objectName(), finding.organisationId(), texts.title(), texts.explanation(),
                texts.remediation(), texts.references(), finding.evidence().facts(), view.state(),
                AcceptanceResponse.from(view.acceptance()), AcceptanceResponse.from(view.lapsedAcceptance()),
                finding.related());
    }
}
