package de.ropa.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Words too long for their column break with a hyphen at a sensible place; everything else prints as written. */
class WordBreaksTest {

    @Test
    void aCompoundTooLongForItsColumnBreaksBetweenItsParts() {
        assertEquals("Auftrags-\nverarbeiter", WordBreaks.fit("Auftragsverarbeiter", 77, false));
        assertEquals("Rechts-\ngrundlage (Art. 6)", WordBreaks.fit("Rechtsgrundlage (Art. 6)", 77, true));
        assertEquals("Standardvertrags-\nklauseln", WordBreaks.fit("Standardvertragsklauseln", 102, false));
    }

    @Test
    void whatFitsStaysAsItIs() {
        assertEquals("Art. 6 Abs. 1 lit. b – Vertrag", WordBreaks.fit("Art. 6 Abs. 1 lit. b – Vertrag", 77, false));
        assertEquals("Zeile eins\nZeile zwei", WordBreaks.fit("Zeile eins\nZeile zwei", 157, false));
        assertEquals(null, WordBreaks.fit(null, 77, false));
    }

    @Test
    void anAddressBreaksAfterASlashWithoutAHyphen() {
        String broken = WordBreaks.fit("https://www.dataprivacyframework.gov/list/participant-search-results", 157, false);
        assertTrue(broken.contains("/\n") || broken.contains(".\n") || broken.contains("-\n"), broken);
        assertEquals("https://www.dataprivacyframework.gov/list/participant-search-results", broken.replace("\n", ""),
                "nothing added: " + broken);
    }

    @Test
    void aWordWithoutAGoodBreakStillFitsAndIsHyphenated() {
        String broken = WordBreaks.fit("Xyzxyzxyzxyzxyzxyzxyzxyzxyzxyz", 77, false);
        assertTrue(broken.contains("-\n"), broken);
        assertEquals("Xyzxyzxyzxyzxyzxyzxyzxyzxyzxyz", broken.replace("-\n", ""));
    }
}
