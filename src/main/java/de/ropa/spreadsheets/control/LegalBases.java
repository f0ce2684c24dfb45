package de.ropa.spreadsheets.control;

import de.ropa.activities.entity.Art9Condition;
import de.ropa.activities.entity.LegalBasis;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Legal bases as registers write them: "Art. 6 Abs. 1 lit. b DSGVO", "Art. 6(1)(b) GDPR", "6 I b", "6.1.b" or in words
 * ("Vertrag", "contract", "exécution d'un contrat"), and the Art. 9(2) conditions likewise ("Art. 9 Abs. 2 lit. a").
 */
public final class LegalBases {

    private static final String LETTER = "([a-j])(?!\\s*\\.\\s*[a-z])\\s*\\)?(?![a-z])";
    /**
     * Article, paragraph, letter: "art. 6 abs. 1 lit. b", "6(1)(b)", "6 i b", "article 6.1.b", "art. 6 para. 1 (b)". A
     * letter followed by a dot and another letter is an abbreviation, not a letter: "Art. 9 Abs. 2 i.V.m. § 22 BDSG".
     */
    private static final String CITATION = "(?<![0-9])(?:art(?:ikel|icle)?\\.?\\s*)?%s\\s*(?:abs(?:atz)?\\.?|para(?:graph)?\\.?|§)?"
            + "\\s*[(.]?\\s*(?:%s)\\s*[).]?\\s*(?:s(?:atz|\\.)?\\s*1\\s*)?(?:lit(?:era)?\\.?|buchst(?:abe)?\\.?|point|let\\.?)?"
            + "\\s*[(.]?\\s*" + LETTER;
    /** Further letters of one citation: "lit. b und f", "lit. a, b", "(a) and (f)". */
    private static final Pattern MORE_LETTERS = Pattern.compile(
            "\\G\\s*(?:,|;|/|und|and|sowie|oder|or|u\\.)\\s*(?:lit\\.?\\s*)?\\(?" + LETTER);
    private static final Pattern ART6 = Pattern.compile(String.format(CITATION, "6", "1|i"));
    private static final Pattern ART9 = Pattern.compile(String.format(CITATION, "9", "2|ii"));

    /** Words that name one basis, checked in this order (the more specific first). */
    private static final Map<String, LegalBasis> WORDS = wordsInOrder();

    private LegalBases() {
    }

    private static Map<String, LegalBasis> wordsInOrder() {
        Map<String, LegalBasis> words = new java.util.LinkedHashMap<>();
        for (String w : List.of("einwilligung", "consent", "consentement")) {
            words.put(w, LegalBasis.A_CONSENT);
        }
        for (String w : List.of("rechtliche verpflichtung", "rechtlichen verpflichtung", "gesetzliche verpflichtung",
                "gesetzlichen verpflichtung", "gesetzliche pflicht", "legal obligation", "obligation légale",
                "obligation legale", "aufbewahrungspflicht")) {
            words.put(w, LegalBasis.C_LEGAL_OBLIGATION);
        }
        for (String w : List.of("lebenswichtig", "vital interest", "intérêts vitaux", "interets vitaux", "intérêt vital")) {
            words.put(w, LegalBasis.D_VITAL_INTERESTS);
        }
        for (String w : List.of("öffentliche aufgabe", "öffentlichen aufgabe", "öffentlichen interesse", "öffentliches interesse",
                "öffentlicher gewalt", "öffentliche gewalt", "public task", "public interest", "official authority",
                "mission d'intérêt public", "mission d’intérêt public", "intérêt public")) {
            words.put(w, LegalBasis.E_PUBLIC_TASK);
        }
        for (String w : List.of("berechtigte interesse", "berechtigten interesse", "berechtigtes interesse",
                "legitimate interest", "intérêt légitime", "interet legitime", "intérêts légitimes")) {
            words.put(w, LegalBasis.F_LEGITIMATE_INTERESTS);
        }
        for (String w : List.of("vertrag", "vorvertraglich", "contract", "contrat")) {
            words.put(w, LegalBasis.B_CONTRACT);
        }
        return words;
    }

    /** Every Art. 6(1) basis the text names, in the order it names them (cited letters first, then words). */
    public static List<LegalBasis> art6(String text) {
        Set<LegalBasis> found = new LinkedHashSet<>();
        String value = CellValues.comparable(text);
        for (int letter : letters(ART6, value)) {
            if (letter < LegalBasis.values().length) {
                found.add(LegalBasis.values()[letter]);
            }
        }
        if (found.isEmpty()) {
            String withoutArt9 = ART9.matcher(value).replaceAll(" ");
            // the more specific words are checked first: "öffentlichen interesse" is not "berechtigte interesse"
            List<LegalBasis> byWords = new ArrayList<>();
            WORDS.forEach((word, basis) -> {
                if (withoutArt9.contains(word) && !byWords.contains(basis)) {
                    byWords.add(basis);
                }
            });
            byWords.sort(java.util.Comparator.comparingInt(b -> firstMention(withoutArt9, b)));
            found.addAll(byWords);
        }
        return List.copyOf(found);
    }

    private static int firstMention(String text, LegalBasis basis) {
        return WORDS.entrySet().stream().filter(e -> e.getValue() == basis).mapToInt(e -> text.indexOf(e.getKey()))
                .filter(i -> i >= 0).min().orElse(Integer.MAX_VALUE);
    }

    /** The Art. 9(2) condition the text cites, if it cites one. */
    public static List<Art9Condition> art9(String text) {
        Set<Art9Condition> found = new LinkedHashSet<>();
        for (int letter : letters(ART9, CellValues.comparable(text))) {
            if (letter < Art9Condition.values().length) {
                found.add(Art9Condition.values()[letter]);
            }
        }
        return List.copyOf(found);
    }

    /** The letters every citation of the article names, in order, each as 0 for a, 1 for b … */
    private static List<Integer> letters(Pattern citation, String text) {
        List<Integer> letters = new ArrayList<>();
        Matcher cited = citation.matcher(text);
        while (cited.find()) {
            letters.add(cited.group(1).charAt(0) - 'a');
            Matcher more = MORE_LETTERS.matcher(text).region(cited.end(), text.length());
            while (more.find()) {
                letters.add(more.group(1).charAt(0) - 'a');
            }
        }
        return letters;
    }
}
