package de.ropa.findings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalogue's texts: complete in German and English, nothing left over, ids unique. */
class RuleTextsTest {

    @Test
    void everyRuleHasItsTextsInBothLanguages() {
        for (Rule<?> rule : RuleCatalogue.ALL) {
            RuleTexts german = RuleTexts.of(rule.id(), Locale.GERMAN);
            RuleTexts english = RuleTexts.of(rule.id(), Locale.ENGLISH);
            for (RuleTexts texts : new RuleTexts[] {german, english}) {
                assertFalse(texts.title().isBlank(), rule.id());
                assertFalse(texts.explanation().isBlank(), rule.id());
                assertFalse(texts.remediation().isBlank(), rule.id());
                assertFalse(texts.references().isEmpty(), rule.id());
                assertTrue(texts.references().stream().noneMatch(String::isBlank), rule.id());
            }
            assertNotEquals(german.title(), english.title(), rule.id() + " is translated");
            assertEquals(german.references().size(), english.references().size(), rule.id() + " references match");
        }
        assertTrue(RuleTexts.of("CH-CONTACT-SYNC", Locale.GERMAN).references().get(0).contains("DS-GVO"));
        assertTrue(RuleTexts.of("CH-CONTACT-SYNC", Locale.ENGLISH).references().get(0).contains("GDPR"));
    }

    @Test
    void theBundlesHoldNoTextsOfUnknownRules() {
        Set<String> ids = RuleCatalogue.ALL.stream().map(Rule::id).collect(Collectors.toSet());
        for (Locale locale : new Locale[] {Locale.GERMAN, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle(RuleTexts.BUNDLE, locale);
            for (String key : bundle.keySet()) {
                assertTrue(ids.contains(key.substring(0, key.lastIndexOf('.'))), locale + ": " + key);
            }
        }
    }

    @Test
    void ruleIdsAreUniqueAndTheCatalogueCoversTheIssueMinimum() {
        assertEquals(RuleCatalogue.ALL.size(), RuleCatalogue.ALL.stream().map(Rule::id).distinct().count());
        assertTrue(RuleCatalogue.ALL.size() >= 18, "rules: " + RuleCatalogue.ALL.size());
    }
}
