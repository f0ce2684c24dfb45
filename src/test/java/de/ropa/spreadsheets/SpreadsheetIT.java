package de.ropa.spreadsheets;

import static de.ropa.testing.RegisterClient.org;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.testing.Http;
import de.ropa.testing.RegisterClient;
import de.ropa.testing.TestAccounts;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Registers kept in spreadsheets come in, previewed cell by cell, all or nothing; the register goes out as a workbook. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SpreadsheetIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
    void theWorkbookOfARegisterImportsIntoAnEmptyOrganisationAsTheSameRegister() throws Exception {
        long first = register.organisation("Arbeitsmappe Quelle");
        assertEquals(200, http.post(org(first, "import"), Files.readString(Path.of("src/main/resources/demo/demo-register.json"))).status());

        HttpResponse<byte[]> workbook = http.bytes(org(first, "export/workbook") + "?lang=de");
        assertEquals(200, workbook.statusCode());
        assertTrue(workbook.headers().firstValue("Content-Disposition").orElse("").contains(".xlsx"));

        long second = register.organisation("Arbeitsmappe Ziel");
        JsonObject preview = http.upload(org(second, "import/spreadsheet/preview"), XLSX, workbook.body()).json();
        assertEquals("WORKBOOK", preview.getString("profile"));
        assertTrue(preview.getBoolean("ready"), preview::toString);
        assertEquals(6, preview.getJsonObject("counts").getInt("activities"));
        assertEquals(0, http.get(org(second, "activities")).json().getInt("total"), "a preview stores nothing");

        Http.Answer imported = http.upload(org(second, "import/spreadsheet"), XLSX, workbook.body());
        assertEquals(200, imported.status(), imported::toString);

        assertEquals(withoutExportTime(http.get(org(first, "export")).json()), withoutExportTime(http.get(org(second, "export")).json()));
        assertEquals("IMPORT", lastTrailEntry(second).getString("action"));
    }

    @Test
    void aMessyGermanTableComesInWithItsChannelsTransfersAndLegalBases() {
        long org = register.organisation("Messy Malerei GmbH");
        long whatsapp = register.channel(org, "WhatsApp Kundenservice"); // a WhatsApp Business channel
        int channelsBefore = http.get(org(org, "channels")).json().getInt("total");

        JsonObject preview = http.upload(org(org, "import/spreadsheet/preview"), XLSX, TestWorkbooks.messyGerman()).json();
        assertTrue(preview.getBoolean("ready"), preview::toString);
        assertEquals(3, preview.getJsonObject("counts").getInt("activities"));
        assertTrue(preview.getJsonArray("ignored").toString().contains("Bemerkungen"), preview::toString);

        assertEquals(200, http.upload(org(org, "import/spreadsheet"), XLSX, TestWorkbooks.messyGerman()).status());

        JsonObject enquiries = activity(org, "Kundenanfragen per Messenger");
        assertEquals("B_CONTRACT", enquiries.getJsonArray("purposes").getJsonObject(0).getString("legalBasis"));
        assertEquals(List.of("Kunden", "Interessenten"), strings(enquiries.getJsonArray("subjectCategories")));
        assertEquals(List.of("Kontaktdaten", "Inhalt der Anfrage"), names(enquiries.getJsonArray("dataCategories")));
        assertEquals("2 Jahre nach letztem Kontakt", enquiries.getJsonArray("dataCategories").getJsonObject(0).getString("erasurePeriod"));
        assertEquals("2026-10-01", enquiries.getString("lastReviewedOn"));
        assertEquals("INTERNAL", enquiries.getJsonArray("recipients").getJsonObject(0).getString("kind"));
        JsonObject transfer = http.get(org(org, "transfers")).json().getJsonArray("items").getJsonObject(0);
        assertEquals("US", transfer.getString("country"));
        assertEquals("STANDARD_CONTRACTUAL_CLAUSES", transfer.getString("mechanism"));

        JsonObject visits = activity(org, "Terminabstimmung Außendienst");
        assertEquals(List.of("Kunden", "Interessenten"), strings(visits.getJsonArray("subjectCategories")), "the merged cell");
        assertEquals(Set.of("Terminvereinbarung/B_CONTRACT", "Tourenplanung/F_LEGITIMATE_INTERESTS"), purposes(visits));
        assertEquals("2026-09-15", visits.getString("lastReviewedOn"));

        JsonObject payroll = activity(org, "Lohnabrechnung");
        assertEquals("C_LEGAL_OBLIGATION", payroll.getJsonArray("purposes").getJsonObject(0).getString("legalBasis"), "cited in the purpose");
        assertEquals("2026-06-30", payroll.getString("lastReviewedOn"));

        JsonArray channels = http.get(org(org, "channels")).json().getJsonArray("items");
        assertEquals(channelsBefore + 1, channels.size(), "WhatsApp Business linked to the existing channel, Teams created");
        assertTrue(enquiries.getJsonArray("channelIds").toString().contains(String.valueOf(whatsapp)), enquiries::toString);
        assertTrue(channels.stream().map(JsonValue::asJsonObject).anyMatch(c -> c.getString("name").equals("Microsoft Teams")));

        Http.Answer again = http.upload(org(org, "import/spreadsheet"), XLSX, TestWorkbooks.messyGerman());
        assertEquals(400, again.status(), "the same activities again are refused, not overwritten");
        assertTrue(again.body().contains("gibt es schon"), again::toString);
    }

    @Test
    void theIcoAndCnilTemplatesAreReadByTheirPublishedLayout() {
        long org = register.organisation("Templates Ltd");
        Http.Answer ico = http.upload(org(org, "import/spreadsheet?profile=ico"), XLSX, TestWorkbooks.ico());
        assertEquals(200, ico.status(), ico::toString);
        JsonObject service = activity(org, "Answering customer enquiries via WhatsApp Business");
        assertEquals("Customer service", service.getString("department"));
        assertEquals("B_CONTRACT", service.getJsonArray("purposes").getJsonObject(0).getString("legalBasis"));
        assertEquals(List.of("Customers", "Prospects"), strings(service.getJsonArray("subjectCategories")));
        assertEquals("2 years after the last contact", service.getJsonArray("dataCategories").getJsonObject(0).getString("erasurePeriod"));
        assertEquals("Data subject", service.getString("dataSource"));
        JsonObject payroll = activity(org, "Payroll");
        assertEquals("C_LEGAL_OBLIGATION", payroll.getJsonArray("purposes").getJsonObject(0).getString("legalBasis"));
        assertEquals("B_EMPLOYMENT_SOCIAL_SECURITY", payroll.getJsonArray("purposes").getJsonObject(0).getString("art9Condition"));

        Http.Answer cnil = http.upload(org(org, "import/spreadsheet?profile=cnil"), XLSX, TestWorkbooks.cnil());
        assertEquals(200, cnil.status(), cnil::toString);
        JsonObject hiring = activity(org, "Recrutement");
        assertEquals(Set.of("Gestion des candidatures (art. 6.1.b)/B_CONTRACT",
                "Entretiens par Microsoft Teams — intérêt légitime/F_LEGITIMATE_INTERESTS"), purposes(hiring));
        assertEquals("2 ans", hiring.getJsonArray("dataCategories").getJsonObject(0).getString("erasurePeriod"));
        assertEquals(List.of("Candidats"), strings(hiring.getJsonArray("subjectCategories")));
        assertEquals("Contrôle d'accès des utilisateurs: Comptes nominatifs", hiring.getString("tomSummary"));
        assertFalse(http.get(org(org, "activities")).json().toString().contains("EXEMPLE"), "the template's example row stays out");
        assertEquals(1, hiring.getJsonArray("transferIds").size());
    }

    @Test
    void anActivityOverSeveralRowsKeepsEveryPurposeWithItsBasisAndOneTransfer() {
        long org = register.organisation("Mehrzeilig GmbH");
        Http.Answer imported = http.upload(org(org, "import/spreadsheet"), XLSX, TestWorkbooks.overSeveralRows());
        assertEquals(200, imported.status(), imported::toString);
        assertEquals(2, imported.json().getJsonObject("imported").getInt("activities"));
        assertEquals(1, imported.json().getJsonObject("imported").getInt("transfers"), "the same recipient, country and safeguard once");
        JsonObject hiring = activity(org, "Bewerbungen");
        assertEquals(Set.of("Auswahl von Bewerbern/B_CONTRACT", "Talentpool/A_CONSENT", "Statistik/F_LEGITIMATE_INTERESTS"), purposes(hiring));

        Http.Answer wrongLayout = http.upload(org(org, "import/spreadsheet/preview?profile=ico&lang=en"), XLSX, TestWorkbooks.messyGerman());
        assertEquals(200, wrongLayout.status());
        assertFalse(wrongLayout.json().getBoolean("ready"));
        assertTrue(wrongLayout.json().getJsonArray("problems").toString().contains("Business function, Purpose of processing"),
                wrongLayout::toString);
        assertEquals("DSK", http.upload(org(org, "import/spreadsheet/preview"), XLSX, TestWorkbooks.messyGerman()).json()
                .getString("profile"), "recognised by its headings");
    }

    @Test
    void aSheetWithMistakesNamesEachCellAndStoresNothing() {
        long org = register.organisation("Fehlerhaft e. V.");
        JsonObject preview = http.upload(org(org, "import/spreadsheet/preview?lang=de"), XLSX, TestWorkbooks.withMistakes()).json();
        assertFalse(preview.getBoolean("ready"));
        List<String> cells = preview.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .flatMap(r -> r.getJsonArray("problems").stream()).map(p -> p.asJsonObject().getString("cell")).toList();
        assertEquals(List.of("Tabelle1!C3", "Tabelle1!D4", "Tabelle1!E4"), cells);
        JsonObject row3 = preview.getJsonArray("rows").getJsonObject(1);
        assertEquals("PROBLEM", row3.getString("result"));
        assertTrue(row3.getJsonArray("problems").getJsonObject(0).getString("message").contains("nach Absprache"));
        assertEquals("OK", preview.getJsonArray("rows").getJsonObject(0).getString("result"));

        Http.Answer refused = http.upload(org(org, "import/spreadsheet"), XLSX, TestWorkbooks.withMistakes());
        assertEquals(400, refused.status());
        assertEquals(Set.of("Tabelle1!C3", "Tabelle1!D4", "Tabelle1!E4"), refused.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).collect(Collectors.toSet()));
        assertEquals(0, http.get(org(org, "activities")).json().getInt("total"), "nothing stored, not even the good row");

        Http.Answer unknown = http.upload(org(org, "import/spreadsheet?profile=excel97"), XLSX, TestWorkbooks.withMistakes());
        assertEquals(400, unknown.status());
        assertTrue(unknown.body().contains("profile"));
        Http.Answer noSheet = http.upload(org(org, "import/spreadsheet/preview"), XLSX, "kein Excel".getBytes());
        assertEquals(200, noSheet.status(), "text is read as a CSV without activities");
        assertFalse(noSheet.json().getBoolean("ready"));
    }

    private JsonObject activity(long org, String name) {
        return http.get(org(org, "activities") + "?size=100").json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("name").equals(name)).findFirst()
                .map(a -> http.get(org(org, "activities/" + a.getJsonNumber("id").longValue())).json())
                .orElseThrow(() -> new AssertionError("no activity " + name));
    }

    private JsonObject lastTrailEntry(long org) {
        return http.get(org(org, "audit") + "?size=1").json().getJsonArray("items").getJsonObject(0);
    }

    private static List<String> strings(JsonArray values) {
        return values.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    private static List<String> names(JsonArray values) {
        return values.stream().map(v -> v.asJsonObject().getString("name")).toList();
    }

    private static Set<String> purposes(JsonObject activity) {
        return activity.getJsonArray("purposes").stream().map(JsonValue::asJsonObject)
                .map(p -> p.getString("description") + "/" + p.getString("legalBasis")).collect(Collectors.toSet());
    }

    private static JsonObject withoutExportTime(JsonObject document) {
        return jakarta.json.Json.createObjectBuilder(document).remove("exportedAt").build();
    }
}
