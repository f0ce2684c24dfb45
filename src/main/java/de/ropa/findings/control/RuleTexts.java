package de.ropa.findings.control;

import de.ropa.platform.i18n.Languages;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** A rule's title, explanation, remediation and references in German or English (bundle de.ropa.findings.rules). */
public record RuleTexts(String title, String explanation, String remediation, List<String> references) {

    static final String BUNDLE = "de.ropa.findings.rules";

    public static RuleTexts of(String ruleId, Locale locale) {
        Locale language = Languages.supported(locale);
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, language);
        return new RuleTexts(texts.getString(ruleId + ".title"), texts.getString(ruleId + ".explanation"),
                texts.getString(ruleId + ".remediation"),
                Arrays.stream(texts.getString(ruleId + ".references").split("\\|")).map(String::trim).toList());
    }
}
