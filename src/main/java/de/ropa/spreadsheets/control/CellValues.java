package de.ropa.spreadsheets.control;

import de.ropa.platform.entity.Answer;
import de.ropa.platform.i18n.EnumLabels;
import de.ropa.platform.i18n.Languages;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values as people write them in spreadsheets, read into the register's values: yes and no in German, English and
 * French, dates in German, ISO and day-first notation, several values in one cell, an enum by its code or its label in
 * either language. Every reader answers empty when it cannot read the text; the caller names the cell.
 */
public final class CellValues {

    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:\\r?\\n|;)\\s*");
    private static final Pattern BULLET = Pattern.compile("^(?:[-–•*·▪◦]|\\d{1,2}[.)])\\s+");
    private static final Map<String, Answer> ANSWERS = Map.ofEntries(
            Map.entry("ja", Answer.YES), Map.entry("j", Answer.YES), Map.entry("yes", Answer.YES),
            Map.entry("y", Answer.YES), Map.entry("true", Answer.YES), Map.entry("wahr", Answer.YES),
            Map.entry("x", Answer.YES), Map.entry("✓", Answer.YES), Map.entry("✔", Answer.YES), Map.entry("1", Answer.YES),
            Map.entry("oui", Answer.YES), Map.entry("zutreffend", Answer.YES),
            Map.entry("nein", Answer.NO), Map.entry("n", Answer.NO), Map.entry("no", Answer.NO),
            Map.entry("false", Answer.NO), Map.entry("falsch", Answer.NO), Map.entry("0", Answer.NO),
            Map.entry("non", Answer.NO), Map.entry("keine", Answer.NO), Map.entry("kein", Answer.NO),
            Map.entry("none", Answer.NO), Map.entry("nicht zutreffend", Answer.NO),
            Map.entry("unbekannt", Answer.UNKNOWN), Map.entry("unknown", Answer.UNKNOWN), Map.entry("?", Answer.UNKNOWN),
            Map.entry("offen", Answer.UNKNOWN), Map.entry("unklar", Answer.UNKNOWN), Map.entry("inconnu", Answer.UNKNOWN),
            Map.entry("weiß nicht", Answer.UNKNOWN), Map.entry("not known", Answer.UNKNOWN));
    private static final List<DateTimeFormatter> DATES = Arrays.stream(new String[] {
        "uuuu-MM-dd", "d.M.uuuu", "d.M.uu", "d/M/uuuu", "d-M-uuuu", "uuuu/M/d"})
            .map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT)).toList();
    private static final Pattern GERMAN_MONTH_DATE = Pattern.compile("(\\d{1,2})\\.\\s*([a-zäö]+)\\.?\\s+(\\d{4})");

    private CellValues() {
    }

    /** A cell's several values: one per line or separated by semicolons, list bullets removed, blanks left out. */
    public static List<String> several(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return SEPARATORS.splitAsStream(text.strip())
                .map(v -> BULLET.matcher(v.strip()).replaceFirst("").strip())
                .filter(v -> !v.isEmpty())
                .toList();
    }

    /**
     * A heading or label on one line, as a reader sees it: a word broken over two lines ("Verarbeitungs-\ntätigkeit")
     * joined again, runs of white space one space.
     */
    public static String oneLine(String heading) {
        return heading == null ? "" : heading.replaceAll("(\\p{Ll})-\\s*\\R\\s*(\\p{Ll})", "$1$2").replaceAll("\\s+", " ").strip();
    }

    /** A cell's lines, as the product's workbook writes a list: nothing else splits them, nothing is removed. */
    public static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return text.strip().lines().map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    /** Yes, no or unknown, in German, English or French, as a word, a letter, a tick or 1/0. */
    public static Optional<Answer> answer(String text) {
        return Optional.ofNullable(ANSWERS.get(comparable(text)));
    }

    /** Yes or no only: an unknown answer is not a yes/no value. */
    public static Optional<Boolean> yesNo(String text) {
        return answer(text).filter(a -> a != Answer.UNKNOWN).map(a -> a == Answer.YES);
    }

    /** A date as 2026-11-30, 30.11.2026, 30.11.26, 30/11/2026 or 30. November 2026. */
    public static Optional<LocalDate> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        for (DateTimeFormatter format : DATES) {
            try {
                LocalDate date = LocalDate.parse(value, format);
                // a two-digit year means this century, as people who write 30.11.26 mean it
                return Optional.of(date.getYear() < 100 ? date.plusYears(2000) : date);
            } catch (DateTimeException notThisFormat) {
                // the next format
            }
        }
        Matcher named = GERMAN_MONTH_DATE.matcher(value.toLowerCase(Locale.ROOT));
        if (named.matches()) {
            int month = germanMonth(named.group(2));
            try {
                return month == 0 ? Optional.empty()
                        : Optional.of(LocalDate.of(Integer.parseInt(named.group(3)), month, Integer.parseInt(named.group(1))));
            } catch (DateTimeException noSuchDay) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static int germanMonth(String name) {
        List<String> months = List.of("jan", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez");
        String prefix = name.length() < 3 ? name : name.substring(0, 3);
        return months.indexOf(prefix.replace("mae", "mär")) + 1;
    }

    /**
     * An enum value by its code (B_CONTRACT, b-contract), or by its label in German or English as the screens show it
     * (case, spaces and dashes do not matter).
     */
    public static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String text) {
        String wanted = comparable(text);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (E value : type.getEnumConstants()) {
            if (comparable(value.name()).equals(wanted) || Languages.SUPPORTED.stream()
                    .anyMatch(language -> comparable(EnumLabels.label(value, language)).equals(wanted))) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /**
     * Text reduced to what tells values apart: lower case, accents kept, dashes, underscores and runs of white space as
     * one space, no surrounding punctuation.
     */
    public static String comparable(String text) {
        if (text == null) {
            return "";
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace('\u00a0', ' ').replaceAll("[–—_\\-]+", " ").replaceAll("\\s+", " ").strip();
        return normal.replaceAll("^[\\s.:,]+|[\\s.:,]+$", "");
    }
}
