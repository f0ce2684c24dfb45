package de.ropa.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.spreadsheets.TestWorkbooks;
import de.ropa.testing.Browser;
import de.ropa.testing.FormLogin;
import de.ropa.testing.Http;
import de.ropa.testing.RegisterClient;
import de.ropa.testing.TestAccounts;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * A DPO takes over a register kept in a spreadsheet through the screens: upload, the preview row by row with every
 * cell it cannot take, the mapping of unknown columns, then the import; an auditor downloads the register as Excel and
 * finds no way to import.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportWizardIT {

    @ArquillianResource
    URL base;

    @Test
    void aDpoPreviewsASpreadsheetSeesEachProblemCellMapsColumnsAndImports() throws Exception {
        URI uri = base.toURI();
        Http admin = TestAccounts.admin(uri);
        long orgId = new RegisterClient(TestAccounts.editor(admin)).organisation("Tabellen-Verein " + System.nanoTime());
        String dpo = "import-dpo-" + orgId;
        TestAccounts.ensureUser(admin, dpo, "[\"DPO\"]", "[" + orgId + "]");
        Path mistakes = file("fehler.xlsx", TestWorkbooks.withMistakes());
        Path own = file("eigene-liste.xlsx", TestWorkbooks.ownHeadings());
        Path messy = file("verzeichnis.xlsx", TestWorkbooks.messyGerman());

        try (Browser browser = Browser.open(uri, "de")) {
            browser.login(dpo, TestAccounts.PASSWORD);
            browser.click("nav-import");
            assertEquals("Verzeichnis aus einer Tabelle übernehmen", browser.driver().findElement(By.tagName("h1")).getText());

            upload(browser, mistakes);
            String preview = browser.text("previewForm");
            assertTrue(preview.contains("Noch nicht importierbar: 3 Zellen"), preview);
            assertTrue(preview.contains("Tabelle1!C3") && preview.contains("„nach Absprache“ nennt keine Rechtsgrundlage"), preview);
            assertTrue(preview.contains("Tabelle1!D4") && preview.contains("„Atlantis“ ist kein erkanntes Land"), preview);
            assertTrue(preview.contains("Tabelle1!E4") && preview.contains("„31.02.2026“ ist kein Datum"), preview);
            assertFalse(browser.byId("previewForm:import").isEnabled(), "nothing to import while cells are wrong");
            browser.screenshotWholePage("import-problems");

            upload(browser, own);
            assertTrue(browser.text("previewForm").contains("keine Spalte als Bezeichnung oder Zweck"), browser.text("previewForm"));
            browser.choose("previewForm:columns:0:field", "Bezeichnung der Verarbeitungstätigkeit");
            assertTrue(browser.text("previewForm:remapHint").contains("erst neu lesen"), "a changed mapping is read before it imports");
            assertFalse(browser.byId("previewForm:import").isEnabled());
            browser.choose("previewForm:columns:1:field", "Zwecke");
            browser.choose("previewForm:columns:2:field", "Rechtsgrundlage (Art. 6)");
            browser.choose("previewForm:columns:3:field", "Kategorien betroffener Personen");
            browser.click("previewForm:remap");
            assertTrue(browser.text("previewForm").contains("Bereit zum Import: 2 Verarbeitungstätigkeiten"), browser.text("previewForm"));
            browser.screenshotWholePage("import-mapping");

            upload(browser, messy);
            String ready = browser.text("previewForm");
            assertTrue(ready.contains("Bereit zum Import: 3 Verarbeitungstätigkeiten, 2 neue Kanäle, 1 Drittlandübermittlung, kein Auftragsverarbeiter und keine Maßnahme werden angelegt."), ready);
            assertTrue(ready.contains("Neuer Kanal „WhatsApp Business“"), ready);
            assertTrue(ready.contains("Nicht übernommene Spalten: Verzeichnis 2026: Bemerkungen"), ready);
            browser.screenshotWholePage("import-preview");
            browser.driver().manage().window().setSize(new Dimension(800, 900));
            browser.screenshotWholePage("import-preview-800");
            browser.driver().manage().window().setSize(new Dimension(1366, 900));

            browser.submit("previewForm:import");
            assertTrue(browser.url().contains("activities/list"), browser.url());
            assertTrue(browser.pageText().contains("Importiert: 3 Verarbeitungstätigkeiten, 2 neue Kanäle, 1 Drittlandübermittlung."),
                    browser.pageText());
            assertTrue(browser.pageText().contains("Kundenanfragen per Messenger"), browser.pageText());

            browser.click("languageForm:lang-en");
            browser.click("nav-import");
            upload(browser, messy);
            String english = browser.text("previewForm");
            assertTrue(english.contains("Not importable yet: 3 cells cannot be taken over"), english);
            assertTrue(english.contains("The register already has a processing activity \"Lohnabrechnung\""), english);
            browser.screenshotWholePage("import-preview-en");
            browser.assertNoJavaScriptErrors();
        }
    }

    @Test
    void anAuditorDownloadsTheRegisterAsExcelAndCannotImport() throws Exception {
        URI uri = base.toURI();
        Http admin = TestAccounts.admin(uri);
        Http editor = TestAccounts.editor(admin);
        long orgId = new RegisterClient(editor).organisation("Prüfbare GmbH " + System.nanoTime());
        assertEquals(200, editor.upload(RegisterClient.org(orgId, "import/spreadsheet"),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", TestWorkbooks.messyGerman()).status());
        String auditor = "import-auditor-" + orgId;
        TestAccounts.ensureUser(admin, auditor, "[\"AUDITOR\"]", "[" + orgId + "]");

        try (Browser browser = Browser.open(uri, "de")) {
            browser.login(auditor, TestAccounts.PASSWORD);
            assertTrue(browser.driver().findElements(By.id("nav-import")).isEmpty(), "no import for an auditor");
            browser.go("activities/list.xhtml");
            Files.deleteIfExists(Browser.DOWNLOADS.resolve("Verzeichnis-de.xlsx"));
            browser.click("registerXlsxForm:registerXlsx");
            try (InputStream in = Files.newInputStream(browser.download("Verzeichnis-de.xlsx"));
                 Workbook workbook = WorkbookFactory.create(in)) {
                Sheet activities = workbook.getSheet("Tätigkeiten");
                assertEquals("Bezeichnung der Verarbeitungstätigkeit", activities.getRow(0).getCell(1).getStringCellValue());
                List<String> names = List.of(activities.getRow(1).getCell(1).getStringCellValue(),
                        activities.getRow(2).getCell(1).getStringCellValue(), activities.getRow(3).getCell(1).getStringCellValue());
                assertTrue(names.contains("Lohnabrechnung"), names::toString);
            }
            browser.assertNoJavaScriptErrors();
        }
        FormLogin session = new FormLogin(uri, "de");
        assertEquals(302, session.login(auditor, TestAccounts.PASSWORD).statusCode());
        assertEquals(403, session.get("spreadsheets/import.xhtml").statusCode(), "the import page is for DPOs only");
    }

    private static void upload(Browser browser, Path file) {
        browser.driver().findElement(By.cssSelector("#uploadForm input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        browser.submit("uploadForm:read");
    }

    private static Path file(String name, byte[] content) throws Exception {
        Path file = Files.createTempDirectory("ropa-import").resolve(name);
        Files.write(file, content);
        return file;
    }
}
