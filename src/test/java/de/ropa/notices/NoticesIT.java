package de.ropa.notices;

import static de.ropa.testing.RegisterClient.org;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.testing.Browser;
import de.ropa.testing.Http;
import de.ropa.testing.RegisterClient;
import de.ropa.testing.TestAccounts;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/** A channel's Art. 13 texts carry the register's facts, and are refused, naming the gap, where the register has none. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NoticesIT {

    @ArquillianResource
    URL base;

    /** An organisation with its master data and DPO, a WhatsApp Business channel, an activity using it and a US transfer. */
    private record Register(long orgId, long channelId) {
    }

    private Register register(Http http, String name, String dpoEmail) {
        RegisterClient register = new RegisterClient(http);
        long orgId = register.organisation(name);
        Http.Answer current = http.get("api/v1/organisations/" + orgId);
        Http.Answer updated = http.put("api/v1/organisations/" + orgId, jakarta.json.Json.createObjectBuilder()
                .add("name", name).add("street", "Werkstattweg 3").add("postalCode", "50667").add("city", "Köln").add("country", "DE")
                .add("email", "info@sommer-maler.example").add("phone", "+49 221 123456").add("website", "https://sommer-maler.example")
                .add("management", "Jana Sommer").add("organisationType", "COMPANY").add("dpoName", "Dr. Paul Berger")
                .add("dpoEmail", dpoEmail).build().toString(), "If-Match", current.etag());
        assertEquals(200, updated.status(), updated::toString);
        long channelId = register.channel(orgId, "WhatsApp Kundenservice");
        register.created(org(orgId, "activities"), "{\"name\":\"Kundenanfragen\",\"recordType\":\"CONTROLLER\",\"status\":\"ACTIVE\","
                + "\"purposes\":[{\"description\":\"Terminabsprachen mit Kunden\",\"legalBasis\":\"B_CONTRACT\"},"
                + "{\"description\":\"Angebote auf Wunsch\",\"legalBasis\":\"A_CONSENT\"}],"
                + "\"dataCategories\":[{\"name\":\"Telefonnummer\",\"specialCategory\":false,\"erasurePeriod\":\"6 Monate nach Auftragsende\"},"
                + "{\"name\":\"Fotos von Schäden\",\"specialCategory\":false}],"
                + "\"recipients\":[{\"name\":\"Steuerberaterin Koch\",\"kind\":\"EXTERNAL\"}],"
                + "\"channelIds\":[" + channelId + "]}");
        register.transfer(orgId, "Meta Platforms, Inc.", channelId);
        return new Register(orgId, channelId);
    }

    @Test
    void theTextsCarryTheFactsOfTheChannelsActivities() throws Exception {
        Http http = TestAccounts.editor(base.toURI());
        Register r = register(http, "Sommer Malerbetrieb GmbH " + System.nanoTime(), "dsb@berger.example");

        JsonObject notices = http.get(org(r.orgId(), "channels/" + r.channelId() + "/notices") + "?lang=de").json();
        assertTrue(notices.getBoolean("external"));
        List<JsonObject> texts = notices.getJsonArray("texts").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(List.of("GREETING", "IMPRINT", "PRIVACY_NOTICE"), texts.stream().map(t -> t.getString("kind")).toList());
        texts.forEach(t -> assertEquals(0, t.getJsonArray("missing").size(), t::toString));

        String greeting = texts.get(0).getString("text");
        for (String fact : List.of("Sommer Malerbetrieb GmbH", "Terminabsprachen mit Kunden", "Angebote auf Wunsch",
                "Art. 6 Abs. 1 lit. b DSGVO (Vertrag)", "Art. 6 Abs. 1 lit. a DSGVO (Einwilligung)", "dsb@berger.example",
                "https://sommer-maler.example")) {
            assertTrue(greeting.contains(fact), () -> "greeting: " + fact + " in " + greeting);
        }
        String imprint = texts.get(1).getString("text");
        for (String fact : List.of("Angaben gemäß §\u00a05 DDG", "Werkstattweg 3", "50667 Köln", "Vertreten durch: Jana Sommer",
                "E-Mail: info@sommer-maler.example", "Telefon: +49 221 123456")) {
            assertTrue(imprint.contains(fact), () -> "imprint: " + fact + " in " + imprint);
        }
        String notice = texts.get(2).getString("text");
        for (String fact : List.of("Kommunikation über WhatsApp Kundenservice (WhatsApp Business)", "Werkstattweg 3, 50667 Köln",
                "Dr. Paul Berger, dsb@berger.example", "Telefonnummer, Fotos von Schäden",
                "– Terminabsprachen mit Kunden (Art. 6 Abs. 1 lit. b DSGVO (Vertrag))",
                "WhatsApp Ireland Limited als Anbieter von WhatsApp Business; Steuerberaterin Koch",
                "– Meta Platforms, Inc., Vereinigte Staaten: Standardvertragsklauseln (Art. 46)",
                "– Telefonnummer: 6 Monate nach Auftragsende", "(Art. 77 DSGVO)", "widerrufen (Art. 7 Abs. 3 DSGVO)")) {
            assertTrue(notice.contains(fact), () -> "privacy notice: " + fact + " in " + notice);
        }
        assertFalse(notice.contains("Fotos von Schäden:"), "a category without an erasure period is not given one");

        JsonObject english = http.get(org(r.orgId(), "channels/" + r.channelId() + "/notices") + "?lang=en").json();
        assertTrue(english.getJsonArray("texts").getJsonObject(2).getString("text").contains("Meta Platforms, Inc., United States: "
                + "Standard contractual clauses (Art. 46)"), english::toString);
    }

    @Test
    void withoutADpoContactOrALegalBasisTheTextsNameWhatIsMissing() throws Exception {
        Http http = TestAccounts.editor(base.toURI());
        Register noDpo = register(http, "Ohne DSB GmbH " + System.nanoTime(), "");
        List<JsonObject> texts = http.get(org(noDpo.orgId(), "channels/" + noDpo.channelId() + "/notices")).json()
                .getJsonArray("texts").stream().map(JsonValue::asJsonObject).toList();
        assertFalse(texts.get(0).containsKey("text"), "no draft where the facts are missing");
        assertEquals("Kontaktdaten des Datenschutzbeauftragten: E-Mail oder Telefon (Stammdaten)", texts.get(0).getJsonArray("missing").getString(0));
        assertEquals(0, texts.get(1).getJsonArray("missing").size(), "the imprint needs no DPO");
        assertTrue(texts.get(2).getJsonArray("missing").toString().contains("Kontaktdaten des Datenschutzbeauftragten"));

        long bare = new RegisterClient(http).channel(noDpo.orgId(), "Signal ohne Tätigkeit");
        List<JsonObject> unused = http.get(org(noDpo.orgId(), "channels/" + bare + "/notices") + "?lang=en").json()
                .getJsonArray("texts").stream().map(JsonValue::asJsonObject).toList();
        assertTrue(unused.get(0).getJsonArray("missing").toString().contains(
                "Purposes and legal bases: no processing activity of this channel states a purpose with its legal basis"), unused::toString);
        assertTrue(unused.get(2).getJsonArray("missing").toString().contains("Storage period"), unused::toString);
    }

    @Test
    void theChannelPageShowsTheDraftsWithCopyButtonsAndTheGaps() throws Exception {
        URI uri = base.toURI();
        Http admin = TestAccounts.admin(uri);
        Register r = register(TestAccounts.editor(admin), "Panel GmbH " + System.nanoTime(), "dsb@panel.example");
        String dpo = "notices-dpo-" + r.orgId();
        TestAccounts.ensureUser(admin, dpo, "[\"DPO\"]", "[" + r.orgId() + "]");
        long bare = new RegisterClient(TestAccounts.editor(admin)).channel(r.orgId(), "Threema ohne Tätigkeit");

        try (Browser browser = Browser.open(uri, "de")) {
            browser.login(dpo, TestAccounts.PASSWORD);
            browser.go("channels/channel.xhtml?id=" + r.channelId());
            assertTrue(browser.text("noticesDraft").startsWith("Entwurf aus dem Verzeichnis, keine Rechtsberatung"));
            assertTrue(browser.text("notice-GREETING-text").contains("Terminabsprachen mit Kunden"), browser.text("notice-GREETING-text"));
            assertTrue(browser.text("notice-IMPRINT-text").contains("Vertreten durch: Jana Sommer"));
            assertTrue(browser.text("notice-PRIVACY_NOTICE-text").contains("Standardvertragsklauseln (Art. 46)"));
            browser.driver().executeScript("document.getElementById('notices').scrollIntoView();");
            browser.click("copy-GREETING");
            assertEquals("Kopiert", browser.byId("copy-GREETING").getText(), "the button says the text was copied");
            browser.screenshot("notices-de");
            Files.deleteIfExists(Browser.DOWNLOADS.resolve("WhatsApp-Kundenservice-de.txt"));
            browser.click("noticesForm:downloadNotices");
            String file = Files.readString(browser.download("WhatsApp-Kundenservice-de.txt"));
            assertTrue(file.contains("Impressum (Angaben gemäß §\u00a05 DDG)") && file.contains("Terminabsprachen mit Kunden"), file);

            browser.go("channels/channel.xhtml?id=" + bare);
            assertTrue(browser.text("notice-GREETING-missing").contains("Zwecke und Rechtsgrundlagen"), browser.text("notice-GREETING-missing"));
            assertTrue(browser.driver().findElements(By.id("copy-GREETING")).isEmpty(), "nothing to copy where the text is refused");
            browser.driver().executeScript("document.getElementById('notices').scrollIntoView();");
            browser.screenshot("notices-refused-de");

            browser.click("languageForm:lang-en");
            browser.go("channels/channel.xhtml?id=" + r.channelId());
            browser.driver().manage().window().setSize(new Dimension(800, 900));
            assertTrue(browser.text("notice-GREETING-text").startsWith("Welcome to Panel GmbH"), browser.text("notice-GREETING-text"));
            browser.driver().executeScript("document.getElementById('notices').scrollIntoView();");
            browser.screenshot("notices-en-800");
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
            browser.assertNoJavaScriptErrors();
        }
    }
}
