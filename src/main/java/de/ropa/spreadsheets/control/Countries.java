package de.ropa.spreadsheets.control;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Countries as sheets name them ("USA", "Vereinigte Staaten", "États-Unis", "US") as ISO 3166 codes. */
public final class Countries {

    private static final Map<String, String> NAMES = names();
    /** Names of three letters or more, longest first, as words inside a longer text. */
    private static final List<Map.Entry<Pattern, String>> INSIDE = NAMES.entrySet().stream()
            .filter(e -> e.getKey().length() >= 3)
            .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparingInt(String::length).reversed()))
            .map(e -> Map.entry(Pattern.compile("(?<![\\p{L}])" + Pattern.quote(e.getKey()) + "(?![\\p{L}])"), e.getValue()))
            .toList();

    private Countries() {
    }

    private static Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            for (Locale language : List.of(Locale.GERMAN, Locale.ENGLISH, Locale.FRENCH)) {
                names.put(CellValues.comparable(country.getDisplayCountry(language)), code);
            }
        }
        Map.of("usa", "US", "u.s.a", "US", "u.s", "US", "vereinigte staaten von amerika", "US", "amerika", "US",
                "united states of america", "US", "uk", "GB", "großbritannien", "GB", "england", "GB")
                .forEach(names::put);
        return Map.copyOf(names);
    }

    /** The country one value names: its ISO code, or its name in German, English or French, or a common short name. */
    public static Optional<String> code(String text) {
        String value = CellValues.comparable(text);
        if (value.matches("[a-z]{2}") && List.of(Locale.getISOCountries()).contains(value.toUpperCase(Locale.ROOT))) {
            return Optional.of(value.toUpperCase(Locale.ROOT));
        }
        String exact = NAMES.get(value);
        if (exact != null) {
            return Optional.of(exact);
        }
        // "Rechenzentrum New Jersey, USA", "Atlanta, Georgia (USA)": a part that is a country's name counts first, the
        // last such part (addresses end in their country); then the longest name inside the text's last part
        List<String> parts = List.of(value.split("\\s*[,;()/]\\s*"));
        for (int i = parts.size() - 1; i >= 0; i--) {
            String part = parts.get(i).strip();
            if (NAMES.containsKey(part)) {
                return Optional.of(NAMES.get(part));
            }
        }
        for (int i = parts.size() - 1; i >= 0; i--) {
            String part = parts.get(i);
            Optional<String> inside = INSIDE.stream().filter(e -> e.getKey().matcher(part).find()).findFirst().map(Map.Entry::getValue);
            if (inside.isPresent()) {
                return inside;
            }
        }
        return Optional.empty();
    }
}
