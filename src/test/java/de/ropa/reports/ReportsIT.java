package de.ropa.reports;

import static de.ropa.testing.RegisterClient.org;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.testing.Http;
import de.ropa.testing.Pdf;
import de.ropa.testing.RegisterClient;
import de.ropa.testing.TestAccounts;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The register's PDFs over the API, read back as text the way an auditor reads them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsIT {

    static final Path DEMO = Path.of("src/main/resources/demo/demo-register.json");

    @ArquillianResource
    URL base;

    Http http;
    RegisterClient register;

    @BeforeEach
    void client() throws Exception {
        http = TestAccounts.editor(base.toURI());
        register = new RegisterClient(http);
    }

    @Test
    void theDemoRecordReadsCompleteInGermanAndInEnglish() {
        long orgId = demo("Berichte Demo");
        HttpResponse<byte[]> answer = http.bytes(org(orgId, "reports/register") + "?lang=de");
        String disposition = answer.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.matches("attachment; filename=\"verarbeitungsverzeichnis-sommer-malerbetrieb-gmbh-co-kg-\\d{4}-\\d{2}-\\d{2}\\.pdf\""),
                disposition);
        Pdf german = Pdf.of(answer, "record-de.pdf");
        String text = german.text();
        for (String expected : new String[] {
                "Verzeichnis von Verarbeitungstätigkeiten", "Verantwortlicher gemäß Art. 30 Abs. 1 DS-GVO", "Freigabe", "Nicht eingereicht – noch nie genehmigt",
                "Sommer Malerbetrieb GmbH & Co. KG", "Hauptstraße 12, 50667 Köln", "Dr. Paul Weber", "Datenschutz Weber GmbH",
                "Jana Sommer", "Inhalt", "Baustellendokumentation durch den Außendienst", "Abstimmung der Geschäftsleitung",
                "Art. 6 Abs. 1 lit. f", "Geschäftliche Kommunikation", "3 Jahre", "Threema GmbH", "Churerstrasse 82",
                "Anhang A: Technische und organisatorische Maßnahmen", "Anhang B: Auftragsverarbeiter und Verträge",
                "Anhang C: Übermittlungen in Drittländer", "Microsoft Corporation", "Rollenbasierte Zugriffskontrolle",
                "Stand des Verzeichnisses: letzte Änderung"}) {
            assertTrue(text.contains(expected), () -> "German record shows '" + expected + "': " + text);
        }
        assertFalse(text.contains("Versand des Innungsrundschreibens"), "the Art. 30(2) activity is not in the controller's record");
        assertFalse(text.contains("Record of processing"), "no English label in the German record");
        assertFalse(text.contains("DSGVO"), "one spelling: DS-GVO");
        assertNoWordBrokenWithoutHyphen(text, "Auftragsverarbeiter", "Rechtsgrundlage", "Standardvertragsklauseln",
                "Interessenabwägung", "Angemessenheitsbeschluss");
        int pages = german.pageCount();
        assertTrue(pages >= 7 && pages <= 20, "5 activities, contents and 3 annexes: " + pages + " pages");
        assertTrue(german.pages().get(0).contains("Seite 1 von " + pages), german.pages().get(0));
        assertTrue(german.pages().get(pages - 1).contains("Seite " + pages + " von " + pages));
        assertContentsPointAtTheirPages(german, "Baustellendokumentation durch den Außendienst");

        Pdf english = Pdf.of(http.bytes(org(orgId, "reports/register") + "?lang=en"), "record-en.pdf");
        String englishText = english.text();
        for (String expected : new String[] {"Record of processing activities", "Controller under Art. 30(1) GDPR", "Contents",
                "Purposes and legal bases (Art. 30(1)(b))", "Annex B: Processors and agreements (Art. 28)", "Signed",
                "Baustellendokumentation durch den Außendienst", "Page 1 of " + english.pageCount(), "27 "}) {
            assertTrue(englishText.contains(expected), () -> "English record shows '" + expected + "': " + englishText);
        }
        assertFalse(englishText.contains("Seite "), "no German label in the English record");
        assertFalse(englishText.contains("Inhalt"));
    }

    /**
     * The record as Word and as OpenDocument text, to hand over for editing: valid documents of their kind (read back
     * with Apache POI and as ODF), with every controller activity and its Art. 30(1) fields, as in the PDF.
     */
    @Test
    void theRecordOpensAsWordAndAsOpenDocumentWithEveryActivitysFields() throws Exception {
        long orgId = demo("Berichte Word");
        String[] expected = {"Verzeichnis von Verarbeitungstätigkeiten", "Sommer Malerbetrieb GmbH & Co. KG", "Dr. Paul Weber",
            "Baustellendokumentation durch den Außendienst", "Abstimmung der Geschäftsleitung",
            "Zwecke und Rechtsgrundlagen (Art. 30 Abs. 1 lit. b)", "Art. 6 Abs. 1 lit. f", "Geschäftliche Kommunikation",
            "3 Jahre", "Threema GmbH", "Anhang A: Technische und organisatorische Maßnahmen",
            "Anhang B: Auftragsverarbeiter und Verträge", "Anhang C: Übermittlungen in Drittländer", "Microsoft Corporation"};
        String pdf = Pdf.of(http.bytes(org(orgId, "reports/register") + "?lang=de"), "record-for-word.pdf").text();

        HttpResponse<byte[]> word = http.bytes(org(orgId, "reports/register") + "?lang=de&format=docx");
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                word.headers().firstValue("Content-Type").orElse(""));
        assertTrue(word.headers().firstValue("Content-Disposition").orElse("").endsWith(".docx\""), word.headers()::toString);
        String docx;
        try (org.apache.poi.xwpf.usermodel.XWPFDocument document =
                     new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(word.body()));
             org.apache.poi.xwpf.extractor.XWPFWordExtractor extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            docx = extractor.getText().replaceAll("\\s+", " ");
        }
        Files.write(Path.of("target", "reports", de.ropa.testing.Deployments.server(), "record-de.docx"), word.body());

        HttpResponse<byte[]> open = http.bytes(org(orgId, "reports/register") + "?lang=de&format=odt");
        assertEquals("application/vnd.oasis.opendocument.text", open.headers().firstValue("Content-Type").orElse(""));
        String odt = openDocumentText(open.body());

        for (String field : expected) {
            assertTrue(pdf.replaceAll("\\s+", " ").contains(field), () -> "the PDF shows '" + field + "'");
            assertTrue(docx.contains(field), () -> "the Word document shows '" + field + "': " + docx);
            assertTrue(odt.contains(field), () -> "the OpenDocument text shows '" + field + "': " + odt);
        }
        assertFalse(docx.contains("Versand des Innungsrundschreibens"), "the Art. 30(2) activity stays out, as in the PDF");

        HttpResponse<byte[]> unknown = http.bytes(org(orgId, "reports/register") + "?format=rtf");
        assertEquals(400, unknown.statusCode());
        assertTrue(new String(unknown.body(), java.nio.charset.StandardCharsets.UTF_8).contains("\"field\":\"format\""));
    }

    /** The text of an ODF text document: a zip whose first entry says what it is, with the text in content.xml. */
    private static String openDocumentText(byte[] odt) throws Exception {
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(odt))) {
            java.util.zip.ZipEntry first = zip.getNextEntry();
            assertEquals("mimetype", first.getName(), "ODF puts its media type first");
            assertEquals("application/vnd.oasis.opendocument.text", new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII));
            for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("content.xml")) {
                    javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
                    factory.setNamespaceAware(true);
                    org.w3c.dom.Document content = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(zip.readAllBytes()));
                    return content.getDocumentElement().getTextContent().replaceAll("\\s+", " ");
                }
            }
        }
        throw new AssertionError("no content.xml in the OpenDocument file");
    }

    @Test
    void timesPrintInTheOrganisationsTimeZoneWhichMustBeOneThatExists() {
        long orgId = register.organisation("Berichte Dublin");
        String organisation = "api/v1/organisations/" + orgId;
        Http.Answer read = http.get(organisation);
        JsonObject unknown = jakarta.json.Json.createObjectBuilder(read.json()).add("timeZone", "Mars/Olympus")
                .remove("id").remove("version").remove("createdAt").remove("updatedAt").build();
        Http.Answer refused = http.put(organisation, unknown.toString(), "If-Match", read.etag());
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.body().contains("timeZone") && refused.body().contains("Europe/Berlin"), refused::toString);

        JsonObject dublin = jakarta.json.Json.createObjectBuilder(unknown).add("timeZone", "Europe/Dublin").build();
        Http.Answer changed = http.put(organisation, dublin.toString(), "If-Match", read.etag());
        assertEquals(200, changed.status(), changed::toString);
        assertEquals("Europe/Dublin", changed.json().getString("timeZone"));
        String text = Pdf.of(http.bytes(org(orgId, "reports/register") + "?lang=de"), "record-dublin.pdf").text();
        assertTrue(text.contains("Erstellt am"), text);
        assertFalse(text.contains(" MEZ") || text.contains(" MESZ"), "Dublin's time, not Berlin's: " + text);
    }

    @Test
    void theProcessorRecordListsWhatIsDoneOnBehalfOfOthers() {
        long orgId = demo("Berichte Auftrag");
        HttpResponse<byte[]> answer = http.bytes(org(orgId, "reports/processor-record"), "Accept-Language", "en");
        assertTrue(answer.headers().firstValue("Content-Disposition").orElse("").contains("filename=\"processor-record-"));
        String text = Pdf.of(answer, "processor-record-en.pdf").text();
        assertTrue(text.contains("Processor under Art. 30(2) GDPR"), text);
        assertTrue(text.contains("Versand des Innungsrundschreibens im Auftrag der Malerinnung"), text);
        assertTrue(text.contains("Maler- und Lackiererinnung Köln"), "the controller it is done for: " + text);
        assertFalse(text.contains("Baustellendokumentation"), "controller activities stay out: " + text);
        assertFalse(text.contains("Microsoft Corporation"), "the controller's own transfers stay out: " + text);
        assertFalse(text.contains("Staff instruction"), "so do measures its activities do not use: " + text);
    }

    @Test
    void aChannelDatasheetShowsFactsChecklistFindingsAndUse() {
        long orgId = demo("Berichte Kanal");
        long channel = idOf(http.get(org(orgId, "channels") + "?q=Baustellenfotos").json());
        HttpResponse<byte[]> answer = http.bytes(org(orgId, "reports/channels/" + channel) + "?lang=de");
        assertTrue(answer.headers().firstValue("Content-Disposition").orElse("")
                .contains("filename=\"kanal-datenblatt-sommer-malerbetrieb-gmbh-co-kg-whatsapp-baustellenfotos-aussendienst-"),
                "the file names organisation and channel: " + answer.headers().map());
        String text = Pdf.of(answer, "datasheet-de.pdf").text();
        for (String expected : new String[] {"Datenblatt Messenger-Kanal", "WhatsApp – Baustellenfotos Außendienst",
                "Wie der Kanal genutzt wird", "Katalogangaben zum Dienst WhatsApp", "Vertragspartner und Sitz", "DPF-Zertifizierung", "strittig",
                "geprüft am 30.11.2026", "Quelle: WhatsApp", "Daten Dritter gelangen über den Kanal zu uns",
                "Checkliste Messenger-Maßnahmen", "Adressbuch-Synchronisierung aus Lücke CH-CONTACT-SYNC",
                "Privates Smartphone", "Verbraucher-Messenger für geschäftliche Kommunikation",
                "Verarbeitungstätigkeiten, die den Kanal nutzen", "Baustellendokumentation durch den Außendienst",
                "Drittlandübermittlungen über diesen Kanal", "WhatsApp LLC"}) {
            assertTrue(text.contains(expected), () -> "datasheet shows '" + expected + "': " + text);
        }
        assertEquals(404, http.get(org(orgId, "reports/channels/999999")).status());
        long other = register.organisation("Berichte fremd");
        Http.Answer foreign = http.get(org(other, "reports/channels/" + channel));
        assertEquals(404, foreign.status(), "another organisation's channel does not exist there");
        assertEquals("application/problem+json", foreign.contentType());
    }

    @Test
    void theFindingsReportGroupsBySeverityAndGivesTheReasonsOfAcceptedOnes() {
        long orgId = demo("Berichte Befunde");
        long channel = idOf(http.get(org(orgId, "channels") + "?q=Terminvereinbarung").json());
        String justification = "Büro-Handy mit leerem Adressbuch; Risiko bis zur Umstellung im ersten Quartal akzeptiert.";
        assertEquals(200, http.post(org(orgId, "findings/CH-CONTACT-SYNC." + channel + "/accept"),
                "{\"justification\":\"" + justification + "\"}").status());

        Pdf report = Pdf.of(http.bytes(org(orgId, "reports/findings") + "?lang=de"), "findings-de.pdf");
        String text = report.text();
        for (String expected : new String[] {"Befundbericht", "Hoch (11)", "Mittel (", "Niedrig (", "Hinweis (",
                "Adressbuch-Synchronisierung eingeschaltet", "Was zu tun ist", "Grundlagen", "Art. 28", "Akzeptiert von",
                TestAccounts.EDITOR, justification, "Verbraucher-Messenger für geschäftliche Kommunikation"}) {
            assertTrue(text.contains(expected), () -> "findings report shows '" + expected + "': " + text);
        }
        assertTrue(text.indexOf("Hoch (11)") < text.indexOf("Mittel ("), "most severe first");
        assertTrue(text.contains("Hoch 10 1"), "summary counts 10 open and 1 accepted high finding: " + text);
        String contents = report.pages().get(1);
        assertTrue(contents.contains("[Hoch] Adressbuch-Synchronisierung eingeschaltet – WhatsApp Business"),
                "the contents name the objects: " + contents);
        assertEquals(1, count(text, "Die App lädt nach dem"), "each rule explained once: " + text);
    }

    @Test
    void anActivityWithOnlyItsRequiredFieldsAndMarkupInItsNamePrintsAsTyped() {
        long orgId = register.organisation("Berichte Minimal");
        String name = "<b>Fett</b> & <script>alert('Ärger')</script>";
        register.created(org(orgId, "activities"), "{\"name\":\"" + name.replace("'", "\\u0027")
                + "\",\"recordType\":\"CONTROLLER\",\"status\":\"DRAFT\"}");
        Pdf record = Pdf.of(http.bytes(org(orgId, "reports/register")), "record-minimal.pdf");
        String text = record.text();
        assertTrue(text.contains("1. " + name), "the name as typed, not interpreted: " + text);
        assertTrue(text.contains("Beschreibung —"), "an empty field shows a dash: " + text);
        assertTrue(text.contains("Zwecke und Rechtsgrundlagen (Art. 30 Abs. 1 lit. b) keine"), text);
        assertTrue(text.contains("Gemeinsam Verantwortliche (Art. 26) keine"), text);
        assertTrue(record.pageCount() >= 6, "cover, contents, one activity, three annexes");
    }

    @Test
    void anUnknownLanguageOrOrganisationIsAProblemNotAPdf() {
        long orgId = register.organisation("Berichte Fehler");
        Http.Answer language = http.get(org(orgId, "reports/register") + "?lang=fr");
        assertEquals(400, language.status(), language::toString);
        assertEquals("application/problem+json", language.contentType());
        assertTrue(language.body().contains("lang"), language::toString);
        assertEquals(404, http.get(org(999999, "reports/findings")).status());
        Http.Answer anonymous = new Http(http.base()).get(org(orgId, "reports/register"));
        assertEquals(401, anonymous.status(), anonymous::toString);
    }

    private long demo(String name) {
        long orgId = register.organisation(name);
        Http.Answer imported = http.post(org(orgId, "import"), read(DEMO));
        assertEquals(200, imported.status(), imported::toString);
        return orgId;
    }

    private static void assertContentsPointAtTheirPages(Pdf pdf, String section) {
        Matcher entry = Pattern.compile("\\d+\\. \\Q" + section + "\\E\\s+(\\d+)").matcher(pdf.pages().get(1));
        assertTrue(entry.find(), "contents lists " + section + ": " + pdf.pages().get(1));
        int page = Integer.parseInt(entry.group(1));
        assertTrue(pdf.pages().get(page - 1).contains(section), section + " is on page " + page);
    }

    private static long idOf(JsonObject page) {
        assertEquals(1, page.getInt("total"), page::toString);
        return page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    /**
     * A word too long for its column may break only with a hyphen ("Auftrags-" / "verarbeiter"), never in the middle
     * without one (JasperReports' own fallback: "Auftragsverarbeit" / "er"; the text joins lines with a space).
     */
    static void assertNoWordBrokenWithoutHyphen(String text, String... words) {
        for (String word : words) {
            for (int at = 2; at < word.length() - 1; at++) {
                String broken = word.substring(0, at) + " " + word.substring(at);
                assertFalse(text.contains(broken), () -> "'" + word + "' broken without a hyphen: " + text);
            }
        }
    }
}
