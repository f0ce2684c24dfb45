package de.ropa.findings.boundary;

import de.ropa.findings.control.Rule;
import de.ropa.findings.control.RuleTexts;
import de.ropa.findings.entity.Severity;
import de.ropa.platform.entity.ObjectKind;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rule of the catalogue in the requested language. */
@Schema(name = "Rule")
public record RuleResponse(String id, Severity severity, ObjectKind objectKind, String title, String explanation,
                           String remediation, List<String> references) {

    static RuleResponse from(Rule<?> rule, Locale locale) {
        RuleTexts texts = RuleTexts.of(rule.id(), locale);
        return new RuleResponse(rule.id(), rule.severity(), rule.kind(), texts.title(), texts.explanation(),
                texts.remediation(), texts.references());
    }

    /** The whole catalogue. */
    @Schema(name = "RuleList")
    public record RuleList(List<RuleResponse> items, int total) {
    }
}
