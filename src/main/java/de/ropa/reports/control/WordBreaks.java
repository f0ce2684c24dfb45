package de.ropa.reports.control;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Breaks, with a hyphen, the words too long for the table column they are printed in. JasperReports would otherwise
 * cut such a word wherever the column ends, without a hyphen ("Auftragsverarbeit / er"), and it neither hyphenates nor
 * honours soft hyphens (they print as hyphens where they stand). Widths are measured with the report's own font
 * (DejaVu Sans from jasperreports-fonts). A word breaks preferably between the parts of a compound the register's
 * vocabulary knows ("Auftrags-verarbeiter"), else between syllables (before the consonant that opens the next one),
 * else where it must; addresses and paths break after a slash or a dot, without a hyphen.
 */
final class WordBreaks {

    /** Parts of the register's compounds, lower case: a break falls before or after one of them. */
    private static final List<String> PARTS = List.of("auftrags", "verarbeitungs", "verarbeiter", "verarbeitung",
            "rechts", "grundlage", "standard", "vertrags", "klauseln", "klausel", "angemessenheits", "beschluss",
            "interessen", "abwägung", "datenschutz", "folgen", "abschätzung", "übermittlungen", "übermittlung", "drittland",
            "einwilligung", "verantwortliche", "verantwortlicher", "beschäftigten", "kategorien", "kategorie", "maßnahmen",
            "sicherheits", "verschlüsselung", "lösch", "empfänger", "kommunikation", "geschäfts", "unternehmens", "dienst",
            "leistungs", "gesellschaft", "zertifizierung", "bewertung", "vereinbarung", "nachweis", "adressbuch",
            "synchronisierung", "gewährleistungs", "ziel", "betroffenen", "personen", "daten", "schutz", "unter", "ausnahme",
            "genehmigung", "überprüfung", "zugriffs", "kontrolle", "wiederherstellung", "pseudonymisierung", "anbieter",
            "messenger", "organisation", "informations", "pflicht");
    private static final Pattern VOWEL = Pattern.compile("[aeiouäöüyAEIOUÄÖÜY]");
    private static final float CELL_SIZE = 8.5f;
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static Font regular;
    private static Font bold;

    private WordBreaks() {
    }

    /** The text with every word that is wider than {@code width} points broken into pieces that fit. */
    static String fit(String text, float width, boolean strong) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Font font = font(strong);
        StringBuilder out = new StringBuilder(text.length() + 8);
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || Character.isWhitespace(text.charAt(i))) {
                out.append(fitWord(text.substring(start, i), width, font));
                if (i < text.length()) {
                    out.append(text.charAt(i));
                }
                start = i + 1;
            }
        }
        return out.toString();
    }

    private static String fitWord(String word, float width, Font font) {
        if (word.isEmpty() || width(word, font) <= width) {
            return word;
        }
        List<String> pieces = new ArrayList<>();
        String rest = word;
        while (width(rest, font) > width) {
            int at = breakAt(rest, width, font);
            boolean hyphen = needsHyphen(rest, at);
            pieces.add(rest.substring(0, at) + (hyphen ? "-" : ""));
            rest = rest.substring(at);
        }
        pieces.add(rest);
        return String.join("\n", pieces);
    }

    /** Where to break: the last good position whose first piece (with its hyphen) still fits. */
    static int breakAt(String word, float width, Font font) {
        int fits = 1;
        while (fits < word.length() && width(word.substring(0, fits + 1) + "-", font) <= width) {
            fits++;
        }
        int best = -1;
        int bestRank = Integer.MAX_VALUE;
        for (int at = Math.min(fits, word.length() - 1); at >= 2; at--) {
            int rank = rank(word, at);
            if (rank < bestRank) {
                best = at;
                bestRank = rank;
                if (rank == 0) {
                    break;
                }
            }
        }
        return best > 0 && bestRank < 3 ? best : Math.max(1, fits);
    }

    /** 0: after a slash, dot or hyphen; 1: between compound parts; 2: between syllables; 3: anywhere. */
    private static int rank(String word, int at) {
        char before = word.charAt(at - 1);
        if (before == '/' || before == '.' || before == '-' || before == '_' || before == '?' || before == '&') {
            return 0;
        }
        if (at < 3 || word.length() - at < 3 || !Character.isLetter(before) || !Character.isLetter(word.charAt(at))) {
            return 3;
        }
        String lower = word.toLowerCase(Locale.GERMAN);
        for (String part : PARTS) {
            if (lower.startsWith(part, at) || (at >= part.length() && lower.startsWith(part, at - part.length()))) {
                return 1;
            }
        }
        return syllable(lower, at) ? 2 : 3;
    }

    /** Before the last consonant of a cluster that a vowel follows ("Ver-ar-bei-ter"), never inside ch, ck, sch, ph, qu. */
    private static boolean syllable(String lower, int at) {
        char here = lower.charAt(at);
        if (isVowel(here) || at + 1 >= lower.length() || !isVowel(lower.charAt(at + 1))) {
            return false;
        }
        String pair = lower.substring(at - 1, at + 1);
        return !pair.equals("ch") && !pair.equals("ck") && !pair.equals("ph") && !pair.equals("qu")
                && !(pair.equals("sc") || (at >= 2 && lower.startsWith("sch", at - 2)) || lower.startsWith("ch", at));
    }

    private static boolean isVowel(char c) {
        return VOWEL.matcher(String.valueOf(c)).matches();
    }

    private static boolean needsHyphen(String word, int at) {
        char before = word.charAt(at - 1);
        return Character.isLetter(before) && Character.isLetter(word.charAt(at));
    }

    private static float width(String text, Font font) {
        return (float) font.getStringBounds(text, CONTEXT).getWidth();
    }

    private static synchronized Font font(boolean strong) {
        if (regular == null) {
            regular = load("DejaVuSans.ttf");
            bold = load("DejaVuSans-Bold.ttf");
        }
        return strong ? bold : regular;
    }

    private static Font load(String file) {
        try (InputStream in = WordBreaks.class.getClassLoader().getResourceAsStream("net/sf/jasperreports/fonts/dejavu/" + file)) {
            if (in == null) {
                throw new IllegalStateException("jasperreports-fonts lacks " + file);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(CELL_SIZE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(file + " is no TrueType font", e);
        }
    }
}
