package de.ropa.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.platform.entity.Lengths;
import de.ropa.testing.Browser;
import de.ropa.testing.FormLogin;
import de.ropa.testing.Http;
import de.ropa.testing.Pdf;
import de.ropa.testing.RegisterClient;
import de.ropa.testing.TestAccounts;
import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The DPO's screens in a real browser (Debian's Chromium): creating a channel and seeing its findings,
 * validation beside the field, a lost edit race, the language switch, and the auditor's read-only view.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScreensIT {

    @ArquillianResource
    URL base;

    URI uri;
    Http editor;
    long orgId;
    String organisationName;
    String dpo;
    String auditor;

    @BeforeEach
    void organisation() throws Exception {
        uri = base.toURI();
        editor = TestAccounts.editor(uri);
        organisationName = "Bildschirm GmbH " + System.nanoTime();
        orgId = new RegisterClient(editor).organisation(organisationName);
        dpo = "screen-dpo-" + orgId;
        auditor = "screen-auditor-" + orgId;
        TestAccounts.ensureUser(uri, dpo, "[\"DPO\"]", "[" + orgId + "]");
        TestAccounts.ensureUser(uri, auditor, "[\"AUDITOR\"]", "[" + orgId + "]");
    }

    @Test
    void aDpoCreatesAChannelAndSeesTheContactSyncFindingOnItsPageAndTheDashboard() {
        try (Browser browser = Browser.open(uri, "de")) {
            browser.login(dpo, TestAccounts.PASSWORD);
            browser.screenshot("dashboard-empty");
            browser.go("channels/channel.xhtml");
            browser.type("channelForm:name", "WhatsApp Business – Kundentermine");
            browser.choose("channelForm:serviceId", "WhatsApp Business");
            browser.choose("channelForm:audience", "Extern");
            browser.choose("channelForm:contactSync", "Ja");
            browser.submit("channelForm:save");

            assertTrue(browser.url().contains("id="), browser.url());
            assertTrue(browser.pageText().contains("Kanal gespeichert."), browser.pageText());
            assertFalse(browser.driver().findElements(By.cssSelector("article.finding[data-rule='CH-CONTACT-SYNC']")).isEmpty(),
                    "the contact-sync finding beside the channel");
            assertTrue(browser.driver().findElement(By.cssSelector("li[data-rule='CH-CONTACT-SYNC']")).getText().contains("Lücke"));
            browser.screenshot("channel");

            browser.go("index.xhtml");
            assertTrue(browser.text("riskTable").contains("WhatsApp Business – Kundentermine"), browser.text("riskTable"));
            assertTrue(browser.pageText().contains("Befunde nach Schweregrad"));
            browser.screenshot("dashboard");

            browser.go("channels/list.xhtml");
            assertTrue(browser.text("listForm:channels").contains("WhatsApp Business – Kundentermine"));
            browser.screenshot("channels");
            browser.assertNoJavaScriptErrors();
        }
    }

    @Test
    void aDpoRecordsAnActivityThatUsesTheChannel() {
        long channel = new RegisterClient(editor).channel(orgId, "WhatsApp Business – Termine");
        try (Browser browser = Browser.open(uri, "de")) {
            browser.login(dpo, TestAccounts.PASSWORD);
            browser.go("activities/activity.xhtml");
            browser.type("activityForm:name", "Terminvereinbarung per WhatsApp");
            browser.type("activityForm:purposes:0:description", "Termine vereinbaren und verschieben");
            browser.choose("activityForm:purposes:0:legalBasis", "Art. 6 Abs. 1 lit. b – Vertrag");
            browser.chip("activityForm:subjectCategories", "Kundinnen und Kunden");
            browser.type("activityForm:dataCategories:0:name", "Telefonnummer");
            browser.type("activityForm:dataCategories:0:erasurePeriod", "6 Monate nach Auftragsende");
            browser.pick("activityForm:channelIds", "WhatsApp Business – Termine (WhatsApp Business)");
            browser.submit("activityForm:save");

            assertTrue(browser.pageText().contains("Verarbeitungstätigkeit gespeichert."), browser.pageText());
            String activityId = browser.url().replaceAll(".*[?&]id=(\\d+).*", "$1");
            var stored = editor.get(RegisterClient.org(orgId, "activities/" + activityId)).json();
            assertEquals(channel, stored.getJsonArray("channelIds").getJsonNumber(0).longValue());
            assertEquals("B_CONTRACT", stored.getJsonArray("purposes").getJsonObject(0).getString("legalBasis"));
            assertEquals("Kundinnen und Kunden", stored.getJsonArray("subjectCategories").getString(0));
            assertFalse(browser.driver().findElements(By.cssSelector("article.finding[data-rule='ACT-NO-TOMS']")).isEmpty(),
                    "no measures linked: the finding shows beside the activity");
            browser.screenshotWholePage("activity");

            browser.go("activities/list.xhtml");
            assertTrue(browser.text("listForm:activities").contains("Terminvereinbarung per WhatsApp"));
            browser.screenshot("activities");
            browser.go("findings/list.xhtml");
            assertTrue(browser.text("listForm:findings").contains("Keine technischen und organisatorischen Maßnahmen"));
            browser.screenshot("findings");
            browser.assertNoJavaScriptErrors();
        }
    }

    @Test
    void aMissingNameIsReportedBesideTheFieldAndTheInputStays() {
        try (Browser browser = Browser.open(uri, "de")) {
            browser.login(dpo, TestAccounts.PASSWORD);
            browser.go("channels/channel.xhtml");
            browser.type("channelForm:owner", "Büroleitung Petra Klein");
            browser.choose("channelForm:serviceId", "Threema Work");
            browser.submit("channelForm:save");

            String nameMessage = browser.byId("channelForm:name").findElement(By.xpath("following-sibling::*[contains(@class,'ui-message')]")).getText();
            assertFalse(nameMessage.isBlank(), "a message beside the name");
            assertEquals("muss ausgefüllt werden", nameMessage, "in the page's language");
            assertEquals("Büroleitung Petra Klein", browser.byId("channelForm:owner").getAttribute("value"));
            assertEquals(String.valueOf(Lengths.NAME), browser.byId("channelForm:name").getAttribute("maxlength"),
                    "the input's limit is the validation's");
            assertEquals(String.valueOf(Lengths.TEXT), browser.byId("channelForm:purposeSummary").getAttribute("maxlength"));
            assertFalse(browser.driver().findElements(By.cssSelector("label[for='channelForm:name'] .ui-outputlabel-rfi")).isEmpty(),
                    "the name is marked required");
            assertTrue(browser.driver().findElements(By.cssSelector("label[for='channelForm:owner'] .ui-outputlabel-rfi")).isEmpty(),
                    "the owner is optional");
            String audienceMessage = browser.byId("channelForm:audience").findElement(
                    By.xpath("following-sibling::*[contains(@class,'ui-message')]")).getText();
            assertEquals("muss angegeben werden", audienceMessage, "no programming words beside a field");
            assertTrue(browser.text("channelForm:serviceId").contains("Threema Work"));
            assertEquals(0, new RegisterClient(editor).http().get(RegisterClient.org(orgId, "channels")).json().getInt("total"),
                    "nothing saved");
            assertTrue(unsaved(browser), "what came back with errors is not saved yet: leaving warns");
            browser.screenshot("channel-validation");
            browser.assertNoJavaScriptErrors();
        }
    }

    @Test
    void leavingAFormWithUnsavedChangesWarnsAndSavingDoesNot() {
        long channel = new RegisterClient(editor).channel(orgId, "Threema – Einkauf");
        try (Browser browser = Browser.open(uri, "de")) {
            browser.login(dpo, TestAccounts.PASSWORD);
            browser.go("channels/channel.xhtml?id=" + channel);
            assertFalse(unsaved(browser), "nothing changed yet");
            browser.choose("channelForm:audience", "Intern");
            assertTrue(unsaved(browser), "a menu changed");
            browser.type("channelForm:owner", "Einkauf");
            browser.submit("channelForm:save");
            assertTrue(browser.pageText().contains("Kanal gespeichert."), browser.pageText());
            assertFalse(unsaved(browser), "saved: nothing to warn about");
            browser.go("activities/activity.xhtml");
            browser.type("activityForm:purposes:0:description", "Bestellungen abstimmen");
            assertTrue(unsaved(browser), "a purpose typed on a new activity");
            browser.assertNoJavaScriptErrors();
        }
    }

    @Test
    void addingAPurposeToAnUnfinishedActivityKeepsWhatWasTypedAndComplainsAboutNothing() {
        try (Browser browser = Browser.open(uri, "de")) {
            browser.login(dpo, TestAccounts.PASSWORD);
            browser.go("activities/activity.xhtml");
            browser.type("activityForm:purposes:0:description", "Angebote abstimmen");
            browser.click("activityForm:addPurpose");
            assertEquals("Angebote abstimmen", browser.byId("activityForm:purposes:0:description").getAttribute("value"));
            assertFalse(browser.driver().findElements(By.id("activityForm:purposes:1:description")).isEmpty(), "a second purpose");
            assertTrue(browser.driver().findElements(By.cssSelector("#activityForm .ui-message-error")).isEmpty(),
                    "no complaint about fields nobody has finished yet: "
                            + browser.driver().findElements(By.cssSelector("#activityForm .ui-message-error")).stream()
                            .map(e -> e.getAttribute("id") + " " + e.getText()).toList());
            browser.type("activityForm:purposes:1:description", "Rechnungen klären");
            browser.click("activityForm:purposes:0:removePurpose");
            assertEquals("Rechnungen klären", browser.byId("activityForm:purposes:0:description").getAttribute("value"),
                    "the remaining purpose keeps its text");
            assertTrue(browser.driver().findElements(By.id("activityForm:purposes:1:description")).isEmpty());
            browser.assertNoJavaScriptErrors();
        }
    }

    /** Whether leaving the page now would ask first (unsaved.js). */
    private static boolean unsaved(Browser browser) {
        return Boolean.TRUE.equals(browser.driver().executeScript("return window.ropaUnsavedChanges();"));
    }

    @Test
    void theSecondOfTwoEditorsIsToldOfTheConflictAndOverwritesNothing() {
        long channel = new RegisterClient(editor).channel(orgId, "Teams – Projekte");
        try (Browser first = Browser.open(uri, "de"); Browser second = Browser.open(uri, "de")) {
            first.login(dpo, TestAccounts.PASSWORD).go("channels/channel.xhtml?id=" + channel);
            second.login(dpo, TestAccounts.PASSWORD).go("channels/channel.xhtml?id=" + channel);

            first.type("channelForm:owner", "Erste Bearbeitung").submit("channelForm:save");
            second.type("channelForm:owner", "Zweite Bearbeitung").submit("channelForm:save");

            assertTrue(second.pageText().contains("inzwischen von jemand anderem geändert"), second.pageText());
            assertEquals("Zweite Bearbeitung", second.byId("channelForm:owner").getAttribute("value"), "the input stays");
            second.screenshot("channel-conflict");
            assertEquals("Erste Bearbeitung", editor.get(RegisterClient.org(orgId, "channels/" + channel)).json().getString("owner"));

            second.submit("channelForm:reload");
            assertEquals("Erste Bearbeitung", second.byId("channelForm:owner").getAttribute("value"));
            first.assertNoJavaScriptErrors();
            second.assertNoJavaScriptErrors();
        }
    }

    @Test
    void aUserChangesTheOwnPasswordInBothLanguagesWithTheScriptPolicyInForce() {
        String user = "screen-password-" + orgId;
        TestAccounts.ensureUser(uri, user, "[\"AUDITOR\"]", "[" + orgId + "]");
        String chosen = "ein-eigenes-Passwort-2026";
        try (Browser browser = Browser.open(uri, "de")) {
            browser.login(user, TestAccounts.PASSWORD);
            browser.submit("userForm:changePassword");
            assertTrue(browser.url().endsWith("/account/password.xhtml"), browser.url());
            browser.screenshot("password-de-1366");
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(800, 900));
            browser.screenshot("password-de-800");
            browser.type("passwordForm:currentPassword", TestAccounts.PASSWORD).type("passwordForm:newPassword", chosen)
                    .type("passwordForm:repeated", chosen + "-anders").submit("passwordForm:save");
            assertTrue(browser.text("passwordForm").contains("Die beiden neuen Passwörter stimmen nicht überein."),
                    browser.text("passwordForm"));
            browser.type("passwordForm:currentPassword", TestAccounts.PASSWORD).type("passwordForm:newPassword", chosen)
                    .type("passwordForm:repeated", chosen).submit("passwordForm:save");
            assertTrue(browser.pageText().contains("Ihr Passwort wurde geändert."), browser.pageText());
            browser.assertNoJavaScriptErrors();
        }
        try (Browser browser = Browser.open(uri, "en")) {
            browser.login(user, chosen);
            browser.go("account/password.xhtml");
            assertTrue(browser.pageText().contains("Change password") && browser.pageText().contains("Current password"),
                    browser.pageText());
            browser.screenshot("password-en-1366");
            browser.assertNoJavaScriptErrors();
        }
    }

    @Test
    void theListIsSearchedAndFilteredInTheDatabaseAndExportedAsShown() throws Exception {
        RegisterClient register = new RegisterClient(editor);
        register.channel(orgId, "Alpha-Kanal Vertrieb", "ACTIVE");
        register.channel(orgId, "Beta-Kanal Einkauf", "PLANNED");
        register.channel(orgId, "=HYPERLINK(\"https://example.org\",\"Beta\")", "PLANNED");
        try (Browser browser = Browser.open(uri, "de")) {
            browser.login(dpo, TestAccounts.PASSWORD);
            browser.go("channels/list.xhtml");
            browser.byId("listForm:channels:globalFilter").sendKeys("alpha");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> !browser.text("listForm:channels").contains("Beta-Kanal"));
            assertTrue(browser.text("listForm:channels").contains("Alpha-Kanal Vertrieb"));

            browser.go("channels/list.xhtml");
            browser.choose("listForm:channels:statusFilter", "Geplant");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> !browser.text("listForm:channels").contains("Alpha-Kanal"));
            assertTrue(browser.text("listForm:channels").contains("Beta-Kanal Einkauf"));

            java.nio.file.Files.deleteIfExists(Browser.DOWNLOADS.resolve("Kanäle.csv"));
            browser.click("listForm:channels:exportCsv");
            String csv = java.nio.file.Files.readString(browser.download("Kanäle.csv"));
            assertTrue(csv.contains("Beta-Kanal Einkauf") && !csv.contains("Alpha-Kanal"), csv);
            assertTrue(csv.contains("Name des Kanals"), csv);
            assertTrue(csv.contains("'=HYPERLINK") && !csv.contains("\"=HYPERLINK"), "a formula is exported inert: " + csv);

            java.nio.file.Files.deleteIfExists(Browser.DOWNLOADS.resolve("Kanäle.xlsx"));
            browser.click("listForm:channels:exportXlsx");
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(browser.download("Kanäle.xlsx"));
                 org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
                org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
                assertEquals("Liste", sheet.getSheetName());
                java.util.List<String> cells = new java.util.ArrayList<>();
                sheet.forEach(row -> row.forEach(cell -> cells.add(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
                        ? "FORMULA " + cell.getCellFormula() : cell.getStringCellValue())));
                assertTrue(cells.contains("Name des Kanals") && cells.contains("Beta-Kanal Einkauf"), cells.toString());
                assertFalse(cells.stream().anyMatch(c -> c.contains("Alpha-Kanal")), "only the filtered rows: " + cells);
                assertTrue(cells.contains("=HYPERLINK(\"https://example.org\",\"Beta\")"), "a formula stays text: " + cells);
                assertTrue(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold(), "headings bold");
            }
            browser.assertNoJavaScriptErrors();
        }
    }

    @Test
    void aDeleteIsRefusedWhileSomethingRefersToTheObjectAndDoneOtherwise() {
        RegisterClient register = new RegisterClient(editor);
        long channel = register.channel(orgId, "Slack – Entwicklung");
        register.activity(orgId, "Softwareentwicklung", channel);
        long processor = register.processor(orgId, "Alte Hosting GmbH");
        try (Browser browser = Browser.open(uri, "de")) {
            browser.login(dpo, TestAccounts.PASSWORD);
            browser.go("channels/channel.xhtml?id=" + channel);
            browser.click("channelForm:delete").confirm();
            assertTrue(browser.pageText().contains("wird noch verwendet von: Verarbeitungstätigkeit »Softwareentwicklung«"),
                    "the refusal names the activity, in German: " + browser.pageText());
            assertEquals(200, editor.get(RegisterClient.org(orgId, "channels/" + channel)).status());

            browser.go("processors/processor.xhtml?id=" + processor);
            browser.click("processorForm:delete").confirm();
            assertTrue(browser.url().contains("processors/list.xhtml"), browser.url());
            assertTrue(browser.pageText().contains("Gelöscht."));
            assertEquals(404, editor.get(RegisterClient.org(orgId, "processors/" + processor)).status());
            browser.assertNoJavaScriptErrors();
        }
    }

    @Test
    void aDpoAcceptsAFindingWithAJustificationAndReopensIt() {
        long channel = RegisterClient.id(new RegisterClient(editor).created(RegisterClient.org(orgId, "channels"),
                "{\"name\":\"WhatsApp Business – Vertrieb\",\"serviceId\":2,\"audience\":\"INTERNAL\","
                        + "\"devices\":[\"COMPANY_PHONE\"],\"contactSync\":true,\"backupMode\":\"NONE\",\"status\":\"ACTIVE\"}"));
        String accept = "//article[@data-rule='CH-CONTACT-SYNC']/ancestor::td//button[contains(@id,'acceptButton')]";
        String reopen = "//article[@data-rule='CH-CONTACT-SYNC']/ancestor::td//button[contains(@id,'reopenButton')]";
        try (Browser browser = Browser.open(uri, "de")) {
            browser.login(dpo, TestAccounts.PASSWORD);
            browser.go("findings/list.xhtml?objectKind=CHANNEL&objectId=" + channel);
            browser.driver().findElement(By.xpath(accept)).click();
            browser.settle();
            browser.click("decisionForm:confirmAccept");
            assertFalse(browser.byId("decisionForm:justification")
                    .findElement(By.xpath("following-sibling::*[contains(@class,'ui-message')]")).getText().isBlank(),
                    "a justification is required, said beside the field");

            browser.type("decisionForm:justification", "Nur Diensthandys mit leerem Adressbuch.");
            browser.click("decisionForm:confirmAccept");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> !d.findElements(By.xpath(reopen)).isEmpty());
            assertEquals("ACCEPTED", findingState(channel));
            assertTrue(browser.text("listForm:findings").contains("Nur Diensthandys mit leerem Adressbuch."));
            browser.screenshot("findings-accepted");

            browser.driver().findElement(By.xpath(reopen)).click();
            browser.settle();
            browser.type("decisionForm:justification", "Umstellung verschoben.");
            browser.click("decisionForm:confirmReopen");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> !d.findElements(By.xpath(accept)).isEmpty());
            assertEquals("OPEN", findingState(channel));
            browser.assertNoJavaScriptErrors();
        }
    }

    private String findingState(long channel) {
        return editor.get(RegisterClient.org(orgId, "channels/" + channel + "/findings")).json().getJsonArray("items")
                .getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(f -> f.getString("ruleId").equals("CH-CONTACT-SYNC")).findFirst().orElseThrow().getString("state");
    }

    /** An external DPO with two clients lands in the one last worked in, and every page title names it. */
    @Test
    void aDpoLandsInTheOrganisationLastWorkedIn() {
        long first = new RegisterClient(editor).organisation("AAA Mandant " + System.nanoTime());
        String secondName = "ZZZ Mandant " + System.nanoTime();
        long second = new RegisterClient(editor).organisation(secondName);
        String user = "two-clients-" + System.nanoTime();
        TestAccounts.ensureUser(uri, user, "[\"DPO\"]", "[" + first + "," + second + "]");
        try (Browser browser = Browser.open(uri, "de")) {
            browser.login(user, TestAccounts.PASSWORD);
            assertTrue(browser.driver().getTitle().contains("AAA Mandant"), "first visit: the first client, " + browser.driver().getTitle());
            browser.choose("orgForm:org", secondName);
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                    .until(d -> d.getTitle().contains(secondName)); // the switch leads to the chosen client's dashboard
        }
        try (Browser browser = Browser.open(uri, "de")) {
            browser.login(user, TestAccounts.PASSWORD);
            assertTrue(browser.driver().getTitle().contains(secondName),
                    "the next login lands in the client last worked in: " + browser.driver().getTitle());
            browser.go("channels/list.xhtml");
            assertTrue(browser.driver().getTitle().contains(secondName), "every page title names it: " + browser.driver().getTitle());
        }
    }

    /** A DPO reads each catalogue fact with its state, source and check date in German, and finds no way to change it. */
    @Test
    void aDpoReadsTheCatalogueFactsWithTheirSourcesAndCannotChangeThem() {
        try (Browser browser = Browser.open(uri, "de")) {
            browser.login(dpo, TestAccounts.PASSWORD);
            browser.go("catalogue/service.xhtml?id=1");
            String text = browser.pageText();
            for (String expected : new String[] {"Angaben mit Quellen", "Vertragspartner und Sitz", "DPF-Zertifizierung",
                    "geprüft am 30.11.2026", "strittig", "WhatsApp Privacy Policy (European Region)"}) {
                assertTrue(text.contains(expected), () -> "the service page shows '" + expected + "': " + text);
            }
            assertFalse(browser.driver().findElements(By.cssSelector(".service-facts a[href^='https://']")).isEmpty(),
                    "sources link to their documents");
            assertTrue(browser.driver().findElements(By.id("serviceForm:save")).isEmpty(), "no save button for a DPO");
            browser.screenshot("catalogue-service-dpo");

            browser.go("catalogue/services.xhtml");
            assertTrue(browser.text("listForm:services").contains("geprüft"), browser.text("listForm:services"));
        }
    }

    @Test
    void theLanguageSwitchesToEnglishAndBack() {
        try (Browser browser = Browser.open(uri, "de")) {
            browser.login(dpo, TestAccounts.PASSWORD);
            assertTrue(browser.text("nav-channels").contains("Kanäle"));
            browser.submit("languageForm:lang-en");
            assertEquals("Channels", browser.text("nav-channels"));
            assertTrue(browser.pageText().contains("Findings by severity"));
            browser.screenshot("dashboard-en");
            browser.go("channels/list.xhtml");
            assertEquals("Channels", browser.driver().findElement(By.tagName("h1")).getText());
            browser.submit("languageForm:lang-de");
            assertEquals("Kanäle", browser.driver().findElement(By.tagName("h1")).getText());
            browser.assertNoJavaScriptErrors();
        }
    }

    @Test
    void findingTextsFollowTheLanguageChosenInTheProductNotTheBrowsers() {
        new RegisterClient(editor).created(RegisterClient.org(orgId, "channels"), RegisterClient.channelJson("WhatsApp – Vertrieb")
                .replace("\"contactSync\":false", "\"contactSync\":true"));
        try (Browser browser = Browser.open(uri, "en")) {
            browser.login(dpo, TestAccounts.PASSWORD);
            browser.submit("languageForm:lang-de");
            browser.go("findings/list.xhtml");
            String findings = browser.text("listForm:findings");
            assertTrue(findings.contains("Adressbuch-Synchronisierung eingeschaltet"), findings);
            assertFalse(findings.contains("Address book sync enabled"), "no English finding on a German page: " + findings);
            browser.assertNoJavaScriptErrors();
        }
    }

    /** Every other page's heading, errors and looks are EveryPageIT's; the administration is the admin's. */
    @Test
    void anAdminSeesTheUsersAndVerifiesTheTrail() {
        try (Browser browser = Browser.open(uri, "de")) {
            browser.login(TestAccounts.EDITOR, TestAccounts.PASSWORD);
            browser.go("admin/users.xhtml");
            assertTrue(browser.text("usersForm:users").contains(dpo));
            browser.screenshot("admin-users");
            browser.submit("adminAudit");
            assertTrue(browser.driver().findElement(By.tagName("h1")).getText().startsWith("Protokoll aller Änderungen"));
            browser.click("auditForm:verify");
            assertTrue(browser.text("messages").contains("Die Protokollkette ist unversehrt"), browser.text("messages"));
            assertTrue(browser.text("auditForm:entries").contains("Benutzer"), "user changes show for admins");
            browser.screenshot("admin-audit");
            browser.assertNoJavaScriptErrors();
        }
    }

    @Test
    void anAuditorSeesEverythingAndFindsNoWayToChangeIt() {
        long channel = new RegisterClient(editor).channel(orgId, "Signal – Leitung");
        try (Browser browser = Browser.open(uri, "de")) {
            browser.login(auditor, TestAccounts.PASSWORD);
            browser.go("channels/list.xhtml");
            assertTrue(browser.text("listForm:channels").contains("Signal – Leitung"));
            assertTrue(browser.driver().findElements(By.id("newChannel")).isEmpty(), "no create button");
            browser.go("channels/channel.xhtml?id=" + channel);
            assertTrue(browser.driver().findElements(By.id("channelForm:save")).isEmpty(), "no save button");
            assertEquals("Signal – Leitung", browser.text("channelForm:nameText"), "values are text, not greyed inputs");
            assertTrue(browser.driver().findElements(By.id("channelForm:name")).isEmpty(), "no input for the name");
            browser.screenshot("channel-auditor");
            browser.assertNoJavaScriptErrors();
        }
    }

    @Test
    void anAuditorDownloadsTheChannelDatasheetAndTheRecordWhileThePageStays() throws Exception {
        RegisterClient register = new RegisterClient(editor);
        long channel = register.channel(orgId, "Signal – Außendienst");
        register.activity(orgId, "Einsatzplanung über Signal", channel);
        String today = java.time.LocalDate.now().toString();
        try (Browser browser = Browser.open(uri, "de")) {
            browser.login(auditor, TestAccounts.PASSWORD);
            browser.go("channels/channel.xhtml?id=" + channel);
            String page = browser.url();
            String datasheet = "kanal-datenblatt-" + organisationName.toLowerCase(java.util.Locale.ROOT).replace(' ', '-')
                    + "-signal-aussendienst-" + today + ".pdf";
            java.nio.file.Files.deleteIfExists(Browser.DOWNLOADS.resolve(datasheet));
            browser.click("datasheetPdfForm:datasheetPdf");
            browser.await("reportForm:reportSave", java.time.Duration.ofSeconds(60));
            assertEquals("Das Dokument ist fertig: PDF.", browser.text("reportStatus"));
            assertTrue(browser.text("reportForm:reportProgress").contains("100"), browser.text("reportForm:reportProgress"));
            browser.screenshot("report-dialog");
            browser.byId("reportForm:reportSave").click();
            Pdf pdf = Pdf.read(browser.download(datasheet));
            assertTrue(pdf.text().contains("Datenblatt Messenger-Kanal"), pdf.text());
            assertTrue(pdf.text().contains("Signal – Außendienst"), pdf.text());
            assertTrue(pdf.text().contains("Einsatzplanung über Signal"), "the activity that uses it: " + pdf.text());
            assertEquals(page, browser.url(), "the page stayed where it was");

            browser.go("activities/list.xhtml");
            String record = "verarbeitungsverzeichnis-" + organisationName.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "-" + today + ".pdf";
            java.nio.file.Files.deleteIfExists(Browser.DOWNLOADS.resolve(record));
            browser.click("registerPdfForm:registerPdf");
            browser.await("reportForm:reportSave", java.time.Duration.ofSeconds(60));
            browser.byId("reportForm:reportSave").click();
            Pdf recordPdf = Pdf.read(browser.download(record));
            assertTrue(recordPdf.text().contains("Verzeichnis von Verarbeitungstätigkeiten"), recordPdf.text());
            assertTrue(recordPdf.text().contains("1. Einsatzplanung über Signal"), recordPdf.text());

            browser.go("activities/list.xhtml");
            String word = record.replaceFirst("\\.pdf$", ".docx");
            java.nio.file.Files.deleteIfExists(Browser.DOWNLOADS.resolve(word));
            browser.click("registerDocxForm:registerDocx");
            browser.await("reportForm:reportSave", java.time.Duration.ofSeconds(60));
            assertEquals("Das Dokument ist fertig: Word (DOCX).", browser.text("reportStatus"));
            browser.byId("reportForm:reportSave").click();
            try (org.apache.poi.xwpf.usermodel.XWPFDocument docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                    java.nio.file.Files.newInputStream(browser.download(word)));
                 org.apache.poi.xwpf.extractor.XWPFWordExtractor text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx)) {
                assertTrue(text.getText().contains("Einsatzplanung über Signal"), text.getText());
            }
            browser.assertNoJavaScriptErrors();
        }
    }

    @Test
    void aChangeMadeOnTheFormShowsInTheChannelsHistoryWithItsValuesBeforeAndAfter() {
        long channel = new RegisterClient(editor).channel(orgId, "Signal – alt");
        try (Browser browser = Browser.open(uri, "de")) {
            browser.login(dpo, TestAccounts.PASSWORD);
            browser.go("channels/channel.xhtml?id=" + channel);
            browser.type("channelForm:name", "Signal – neu");
            browser.submit("channelForm:save");
            browser.submit("history");
            String history = browser.text("auditForm:entries").replaceAll("\\s+", " ");
            assertTrue(history.contains("Geändert"), history);
            assertTrue(history.contains("Name: Signal – alt → Signal – neu"), history);
            assertTrue(history.contains(dpo), "who changed it: " + history);
            assertTrue(history.contains("Angelegt"), "its creation too: " + history);
            browser.screenshot("history");

            browser.type("auditForm:actor", "jemand-anderes");
            browser.click("auditForm:filter");
            assertTrue(browser.text("auditForm:entries").contains("Keine Einträge."), browser.text("auditForm:entries"));
            browser.click("auditForm:verify");
            assertTrue(browser.text("messages").contains("Die Protokollkette ist unversehrt"), browser.text("messages"));
            browser.assertNoJavaScriptErrors();
        }
    }

    @Test
    void aSecondDpoApprovesWhatTheFirstSubmittedAndComparesItWithALaterChange() throws Exception {
        RegisterClient register = new RegisterClient(editor);
        long channel = register.channel(orgId, "Teams – intern");
        long activity = register.activity(orgId, "Projektabsprachen", channel);
        String approver = "screen-approver-" + orgId;
        TestAccounts.ensureUser(uri, approver, "[\"DPO\"]", "[" + orgId + "]");
        try (Browser browser = Browser.open(uri, "de")) {
            browser.login(dpo, TestAccounts.PASSWORD);
            browser.go("activities/activity.xhtml?id=" + activity);
            assertTrue(browser.text("approvalState").contains("Nicht eingereicht"), browser.text("approvalState"));
            browser.submit("approvalForm:submit");
            assertTrue(browser.text("approvalState").contains("Zur Genehmigung eingereicht – eingereicht von " + dpo),
                    browser.text("approvalState"));
            assertTrue(browser.text("approvalForm:fourEyes").contains("Genehmigen muss eine andere Person"));
            assertTrue(browser.driver().findElements(By.id("approvalForm:approve")).isEmpty(), "no approve button for the submitter");
            browser.screenshot("approval-four-eyes");
        }
        try (Browser browser = Browser.open(uri, "de")) {
            browser.login(approver, TestAccounts.PASSWORD);
            browser.go("activities/activity.xhtml?id=" + activity);
            browser.submit("approvalForm:approve");
            assertTrue(browser.text("approvalState").contains("Genehmigt"), browser.text("approvalState"));
            assertTrue(browser.text("versions").contains(approver), browser.text("versions"));

            browser.go("activities/list.xhtml");
            String today = java.time.LocalDate.now().toString();
            String approved = "verarbeitungsverzeichnis-" + today + "-" + organisationName.toLowerCase(java.util.Locale.ROOT)
                    .replace(' ', '-') + "-" + today + ".pdf";
            java.nio.file.Files.deleteIfExists(Browser.DOWNLOADS.resolve(approved));
            browser.click("approvedRegisterForm:approvedRegisterPdf");
            browser.await("reportForm:reportSave", java.time.Duration.ofSeconds(60));
            browser.byId("reportForm:reportSave").click();
            String approvedText = Pdf.read(browser.download(approved)).text().replaceAll("\\s+", " ");
            assertTrue(approvedText.contains("Genehmigt – Fassung 1 vom"), approvedText);
            assertTrue(approvedText.contains("(" + approver + ")"), "who approved it: " + approvedText);
            browser.go("activities/activity.xhtml?id=" + activity);

            browser.type("activityForm:name", "Projektabsprachen im Team");
            browser.submit("activityForm:save");
            assertTrue(browser.text("approvalState").contains("Nicht eingereicht"), "a change makes it a draft again");
            browser.submit("versions:0:compare");
            String compared = browser.text("compareForm:fields").replaceAll("\\s+", " ");
            assertTrue(compared.contains("Name Projektabsprachen Projektabsprachen im Team"), compared);
            assertEquals(1, browser.driver().findElements(By.cssSelector("tr.row-changed")).size(),
                    "only the name changed: " + compared);
            browser.screenshot("compare");
            browser.assertNoJavaScriptErrors();
        }
    }

    @Test
    void anAuditorsCraftedPostOfTheChannelFormChangesNothing() {
        long channel = new RegisterClient(editor).channel(orgId, "Teams – Vorstand");
        int versionBefore = editor.get(RegisterClient.org(orgId, "channels/" + channel)).json().getInt("version");
        FormLogin auditorSession = new FormLogin(uri, "de");
        assertEquals(302, auditorSession.login(auditor, TestAccounts.PASSWORD).statusCode());
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("channelForm:name", "Vom Prüfer geändert");
        fields.put("channelForm:owner", "Prüfer");
        fields.put("channelForm:save", "");
        var answer = auditorSession.submit("channels/channel.xhtml?id=" + channel, "channelForm", fields);

        assertTrue(answer.statusCode() < 500, "no server error: " + answer.statusCode());
        var stored = editor.get(RegisterClient.org(orgId, "channels/" + channel)).json();
        assertEquals("Teams – Vorstand", stored.getString("name"), "the server refused the change");
        assertEquals(versionBefore, stored.getInt("version"), "not even touched");

        var dpoSession = new FormLogin(uri, "de");
        assertEquals(302, dpoSession.login(dpo, TestAccounts.PASSWORD).statusCode());
        assertEquals(403, dpoSession.get("admin/users.xhtml").statusCode(), "the administration is for admins only");
        fields.put("channelForm:name", "Vom DSB geändert");
        fields.put("channelForm:serviceId_input", "2");
        fields.put("channelForm:audience_input", "EXTERNAL");
        fields.put("channelForm:status_input", "ACTIVE");
        fields.put("channelForm:backupMode_input", "NONE");
        var saved = dpoSession.submit("channels/channel.xhtml?id=" + channel, "channelForm", fields);
        assertEquals(302, saved.statusCode(), "the same post by a DPO is saved (the check above can fail)");
        assertEquals("Vom DSB geändert", editor.get(RegisterClient.org(orgId, "channels/" + channel)).json().getString("name"));
    }
}
