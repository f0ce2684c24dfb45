package de.ropa.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.platform.control.ConflictException;
import de.ropa.platform.control.InvalidFieldException;
import de.ropa.platform.control.ReferenceSource.Reference;
import de.ropa.platform.entity.ObjectKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Refusals and field problems by key: both languages complete, every key the code uses written, labels for kinds. */
class TextTest {

    /** The ways code names a message key: Text.of("k"), new XException("k"), FieldProblem(field, "k"), InvalidFieldException(field, "k"). */
    private static final Pattern KEY_USE = Pattern.compile(
            "(?:Text\\.of|(?:Conflict|Forbidden|NotFound)Exception)\\(\"([a-zA-Z.]+)\""
                    + "|(?:FieldProblem|InvalidFieldException)\\([^;]*?, \"([a-zA-Z]+\\.[a-zA-Z.]+)\""
                    + "|requireState\\([^;]*?\"(approval\\.[a-zA-Z]+)\"");

    @Test
    void germanAndEnglishHaveTheSameKeysAndEveryPatternParses() throws IOException {
        Properties de = bundle("de");
        Properties en = bundle("en");
        assertEquals(new TreeSet<>(de.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        for (Properties language : List.of(de, en)) {
            for (String key : language.stringPropertyNames()) {
                String pattern = language.getProperty(key);
                assertFalse(pattern.isBlank(), key);
                new MessageFormat(pattern);
            }
        }
    }

    @Test
    void everyKeyTheCodeUsesIsWritten() throws IOException {
        Set<String> written = bundle("de").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_USE.matcher(Files.readString(source));
                while (m.find()) {
                    for (int group = 1; group <= m.groupCount(); group++) {
                        if (m.group(group) != null) {
                            used.add(m.group(group));
                        }
                    }
                }
            }
        }
        assertTrue(used.size() > 50, "found the keys in use: " + used);
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(written);
        assertEquals(Set.of(), missing, "keys used in src/main/java without a text");
    }

    @Test
    void aRefusalReadsInTheReadersLanguageWithKindLabels() {
        ConflictException refused = new ConflictException("conflict.referenced", ObjectKind.CHANNEL, "5",
                List.of(new Reference(ObjectKind.ACTIVITY, 7, "Terminvereinbarung").text()));
        assertEquals("Kanal 5 wird noch verwendet von: Verarbeitungstätigkeit »Terminvereinbarung«. Entfernen Sie diese"
                + " Verweise zuerst.", refused.text().render(Locale.GERMAN));
        assertEquals("Channel 5 is still referenced by: Processing activity \"Terminvereinbarung\". Remove these references"
                + " first.", refused.text().render(Locale.ENGLISH));
        assertEquals(refused.text().render(Locale.ENGLISH), refused.getMessage(), "the log reads English");
        assertEquals("conflict.referenced", refused.text().key(), "the key stays machine-readable");
    }

    @Test
    void aFieldProblemKeepsItsFieldAndRendersItsArguments() {
        InvalidFieldException invalid = new InvalidFieldException("note", "field.maxChars", 4000);
        assertEquals("note", invalid.problems().get(0).field());
        assertEquals("darf höchstens 4000 Zeichen lang sein", invalid.problems().get(0).text().render(Locale.GERMAN));
        assertEquals("must be at most 4000 characters", invalid.problems().get(0).text().render(Locale.ENGLISH));
        assertEquals("channels[2].note", invalid.problems().get(0).at("channels[2].").field());
        assertEquals(invalid.problems().get(0).text().render(Locale.GERMAN),
                invalid.problems().get(0).text().render(Locale.FRENCH), "a French reader gets German");
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TextTest.class.getResourceAsStream("/de/ropa/platform/i18n/problems_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
