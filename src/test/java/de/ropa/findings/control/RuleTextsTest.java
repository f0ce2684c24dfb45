package de.ropa.findings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
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

    /**
     * Every reference can be checked: a provision names its article or section and its act; anything else (a judgment,
     * a decision, an authority's or board's document) names its date and a case number, an official number or its title.
     */
    @Test
    void everyReferenceNamesAProvisionOrADatedDocument() {
        for (Rule<?> rule : RuleCatalogue.ALL) {
            for (Locale locale : new Locale[] {Locale.GERMAN, Locale.ENGLISH}) {
                for (String reference : RuleTexts.of(rule.id(), locale).references()) {
                    assertTrue(checkable(reference), rule.id() + " (" + locale + "): \"" + reference
                            + "\" names neither a provision of an act nor a dated document with case number, number or title");
                }
            }
        }
    }

    @Test
    void theReferenceCheckRefusesWhatADpoCouldNotLookUp() {
        assertTrue(checkable("Art. 6 Abs. 1 UAbs. 2 DS-GVO"));
        assertTrue(checkable("§ 87(1) no. 6 BetrVG"));
        assertTrue(checkable("EuGH, Urteil vom 30. März 2023, C-34/21 (Hauptpersonalrat der Lehrerinnen und Lehrer)"));
        assertTrue(checkable("LDI NRW, \"25. Datenschutzbericht\", 12 May 2020, section 6.1"));
        assertFalse(checkable("Hamburg DPA: uploading the address book for business purposes is in principle inadmissible"));
        assertFalse(checkable("BfDI circular of April 2020 (WhatsApp ruled out for federal bodies)"));
        assertFalse(checkable("DSK-Liste der Verarbeitungstätigkeiten, für die eine DSFA durchzuführen ist"));
        assertFalse(checkable("Art. 28"));
        assertFalse(checkable("EuGH, Urteil C-34/21"));
    }

    private static final String MONTHS = "(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
            + "|January|February|March|May|June|July|October|December)";
    private static final Pattern PROVISION = Pattern.compile("^(Art\\.|§|Klausel|Clause|Erwägungsgrund|Recital) ?\\d+.*"
            + "\\b(DS-GVO|GDPR|BDSG|HGB|AO|BetrVG|StGB|SGB [IVX]+|EntgFG|DDG|TDDDG|TKG|\\(EU\\) \\d{4}/\\d+.*\\d{4})\\b.*");
    private static final Pattern DATE = Pattern.compile("\\b(\\d{1,2}\\.? )?" + MONTHS + " \\d{4}\\b");
    private static final Pattern CASE_NUMBER = Pattern.compile("\\b([CT]-\\d+/\\d{2}( P)?|\\d+ [A-Z]{1,4} \\d+/\\d{2})\\b");
    private static final Pattern OFFICIAL_NUMBER = Pattern.compile("\\(EU\\) \\d{4}/\\d+");
    private static final Pattern QUOTED_TITLE = Pattern.compile("[„\"][^“\"]{3,}[“\"]");

    static boolean checkable(String reference) {
        if (PROVISION.matcher(reference).matches()) {
            return true;
        }
        return DATE.matcher(reference).find() && (CASE_NUMBER.matcher(reference).find()
                || OFFICIAL_NUMBER.matcher(reference).find() || QUOTED_TITLE.matcher(reference).find());
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
