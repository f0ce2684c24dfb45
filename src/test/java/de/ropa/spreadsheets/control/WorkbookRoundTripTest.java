package de.ropa.spreadsheets.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.exchange.boundary.DocumentVersions;
import de.ropa.exchange.boundary.RegisterDocument;
import de.ropa.platform.boundary.JsonbConfiguration;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The product's workbook holds the whole register: written and read again, it is the same register document. */
class WorkbookRoundTripTest {

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void theDemoRegisterComesBackFromItsWorkbookUnchanged(String language) throws Exception {
        JsonObject original = demoRegister();

        byte[] workbook = WorkbookWriter.write(original, Locale.forLanguageTag(language));
        List<Sheet> sheets = SheetFiles.read(workbook);
        ImportReading reading = WorkbookReader.read(sheets);

        assertFalse(reading.hasProblems(), () -> reading.rows().stream().flatMap(r -> r.problems().stream()).toList()
                + " " + reading.fileProblems());
        assertEquals(List.of(), reading.ignoredColumns());
        JsonObject back = canonical(DocumentVersions.read(reading.document()));
        assertEquals(original.getJsonArray("activities").size(), back.getJsonArray("activities").size());
        assertEquals(original, back);
    }

    @Test
    void theWorkbookSpeaksTheReadersLanguage() throws Exception {
        List<Sheet> german = SheetFiles.read(WorkbookWriter.write(demoRegister(), Locale.GERMAN));
        List<Sheet> english = SheetFiles.read(WorkbookWriter.write(demoRegister(), Locale.ENGLISH));

        assertEquals(List.of("Organisation", "Gemeinsam Verantwortliche", "Tätigkeiten", "Zwecke", "Datenkategorien", "Empfänger",
                "Kanäle", "Abweichungen", "Auftragsverarbeiter", "Übermittlungen", "Maßnahmen"), german.stream().map(Sheet::name).toList());
        Sheet purposes = german.get(3);
        assertTrue(purposes.rows().get(0).contains("Rechtsgrundlage (Art. 6)"), () -> "headings: " + purposes.rows().get(0));
        assertTrue(purposes.rows().stream().anyMatch(r -> r.contains("Art. 6 Abs. 1 lit. b – Vertrag")), "legal bases as labels");
        Sheet englishPurposes = english.get(3);
        assertEquals("Purposes", englishPurposes.name());
        assertTrue(englishPurposes.rows().stream().anyMatch(r -> r.stream().anyMatch(t -> t.startsWith("Art. 6(1)(b)"))),
                () -> "English legal bases: " + englishPurposes.rows().subList(0, 3));
        assertNotEquals(german.get(2).text(0, 1), english.get(2).text(0, 1));
    }

    @Test
    void everyColumnHasAHeadingInBothLanguages() {
        List<String> missing = new java.util.ArrayList<>();
        for (WorkbookSheet sheet : WorkbookSheet.values()) {
            for (WorkbookSheet.Column column : sheet.columns()) {
                for (Locale language : List.of(Locale.GERMAN, Locale.ENGLISH)) {
                    if (!ResourceBundle.getBundle(WorkbookSheet.BUNDLE, language).containsKey(sheet.name() + "." + column.property())) {
                        missing.add(language + ":" + sheet.name() + "." + column.property());
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    static JsonObject demoRegister() throws Exception {
        try (InputStream json = WorkbookRoundTripTest.class.getResourceAsStream("/demo/demo-register.json")) {
            return canonical(DocumentVersions.read(json));
        }
    }

    /** The document as the export writes it, without the moment of export. */
    static JsonObject canonical(RegisterDocument document) {
        document.exportedAt = null;
        String json = new JsonbConfiguration().getContext(RegisterDocument.class).toJson(document);
        return Json.createReader(new StringReader(json)).readObject();
    }
}
