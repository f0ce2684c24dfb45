package de.ropa.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.activities.entity.LegalBasis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EnumLabelsTest {

    @Test
    void everyEnumValueOfTheProductHasAGermanAndAnEnglishLabel() throws Exception {
        List<String> missing = new ArrayList<>();
        List<Class<?>> enums = productEnums();
        for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            ResourceBundle bundle = ResourceBundle.getBundle(EnumLabels.BUNDLE, locale);
            for (Class<?> type : enums) {
                for (Object constant : type.getEnumConstants()) {
                    String key = EnumLabels.key((Enum<?>) constant);
                    if (!bundle.containsKey(key)) {
                        missing.add(locale + ":" + key);
                    }
                }
            }
        }
        assertTrue(enums.size() >= 25, "found " + enums.size() + " enums");
        assertEquals(List.of(), missing);
    }

    @Test
    void labelsFollowTheLanguage() {
        assertEquals("Art. 6 Abs. 1 lit. b – Vertrag", EnumLabels.label(LegalBasis.B_CONTRACT, Locale.GERMANY));
        assertEquals("Art. 6(1)(b) – contract", EnumLabels.label(LegalBasis.B_CONTRACT, Locale.UK));
        assertEquals("Art. 6 Abs. 1 lit. b – Vertrag", EnumLabels.label(LegalBasis.B_CONTRACT, Locale.FRENCH), "German by default");
    }

    /** Every enum compiled from src/main/java. */
    private static List<Class<?>> productEnums() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target/classes");
        List<Class<?>> enums = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, EnumLabelsTest.class.getClassLoader());
                if (type.isEnum()) {
                    enums.add(type);
                }
            }
        }
        return enums;
    }
}
