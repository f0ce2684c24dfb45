package de.ropa.exchange;

import static de.ropa.testing.RegisterClient.org;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.testing.Http;
import de.ropa.testing.RegisterClient;
import de.ropa.testing.TestAccounts;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Export and import of a whole register: lossless and all or nothing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExchangeIT {

    static final Path DEMO = Path.of("src/main/resources/demo/demo-register.json");
    static final int FORMAT_VERSION = 4;
    static final Path GOLDEN = golden(FORMAT_VERSION);

    /** What each format version added to the organisation, absent from a document of an earlier version. */
    static final Map<Integer, List<String>> ORGANISATION_ADDED_IN = Map.of(3, List.of("organisationType"));
    /** The channel questions a format added, and what a document without them answers: unknown, no deviations. */
    static final Map<Integer, Map<String, JsonValue>> CHANNEL_ADDED_IN = Map.of(4, Map.of(
            "thirdPartyData", Json.createValue("UNKNOWN"), "art14Information", Json.createValue("UNKNOWN"),
            "businessCorrespondence", Json.createValue("UNKNOWN"), "disappearingMessages", Json.createValue("UNKNOWN"),
            "worksAgreement", Json.createValue("UNKNOWN"), "deviations", JsonValue.EMPTY_JSON_ARRAY));

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
    void exportImportExportGivesTheSameDocument() throws Exception {
        long first = register.organisation("Erste");
        Http.Answer imported = http.post(org(first, "import"), Files.readString(DEMO));
        assertEquals(200, imported.status(), imported::toString);
        assertEquals(6, imported.json().getJsonObject("imported").getInt("activities"));

        Http.Answer exported = http.get(org(first, "export"));
        assertEquals(200, exported.status(), exported::toString);
        assertTrue(exported.header("Content-Disposition").orElse("").contains("register-" + first + ".json"));

        long second = register.organisation("Zweite");
        Http.Answer reimported = http.post(org(second, "import"), exported.body());
        assertEquals(200, reimported.status(), reimported::toString);
        JsonObject again = http.get(org(second, "export")).json();

        assertEquals(withoutExportTime(exported.json()), withoutExportTime(again));
        JsonObject document = exported.json();
        assertEquals("Sommer Malerbetrieb GmbH & Co. KG", document.getJsonObject("organisation").getString("name"));
        assertEquals(5, document.getJsonArray("channels").size());
        assertEquals(List.of("P2"), List.of(document.getJsonArray("processors").getJsonObject(5).getString("mainProcessorKey")));
    }

    /**
     * The export format is pinned: the demo register exports exactly as the golden document of the current format
     * version. A deliberate format change updates the file (-Dropa.updateGolden=true) and raises formatVersion; the
     * old file then stays as the previous version's document that must still import.
     */
    @Test
    void theDemoRegisterExportsAsTheGoldenDocumentOfItsFormatVersion() throws Exception {
        long org = register.organisation("Gold GmbH");
        assertEquals(200, http.post(org(org, "import"), Files.readString(DEMO)).status());
        JsonObject exported = withoutExportTime(http.get(org(org, "export")).json());

        if (Boolean.getBoolean("ropa.updateGolden")) {
            Files.createDirectories(GOLDEN.getParent());
            try (var writer = Json.createWriterFactory(java.util.Map.of(jakarta.json.stream.JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(Files.newBufferedWriter(GOLDEN))) {
                writer.writeObject(exported);
            }
        }
        assertTrue(Files.exists(GOLDEN), GOLDEN + " is missing: write it once with -Dropa.updateGolden=true and review it");
        assertEquals(read(Files.readString(GOLDEN)), exported,
                "the export format changed: if on purpose, raise formatVersion and update " + GOLDEN);
        assertEquals(FORMAT_VERSION, exported.getInt("formatVersion"));
    }

    /**
     * A document every earlier format version wrote of the demo register imports into the same register the current
     * one describes, without what the later versions added.
     */
    @Test
    void theDocumentsOfEveryEarlierFormatVersionStillImport() throws Exception {
        JsonObject current = read(Files.readString(GOLDEN));
        for (int version = 1; version < FORMAT_VERSION; version++) {
            long org = register.organisation("Version " + version + " GmbH");
            Http.Answer imported = http.post(org(org, "import"), Files.readString(golden(version)));
            assertEquals(200, imported.status(), "format " + version + ": " + imported);

            JsonObject exported = withoutExportTime(http.get(org(org, "export")).json());

            JsonObjectBuilder organisation = Json.createObjectBuilder(current.getJsonObject("organisation"));
            JsonArrayBuilder channels = Json.createArrayBuilder();
            for (JsonObject channel : current.getJsonArray("channels").getValuesAs(JsonObject.class)) {
                JsonObjectBuilder unanswered = Json.createObjectBuilder(channel);
                for (int later = version + 1; later <= FORMAT_VERSION; later++) {
                    CHANNEL_ADDED_IN.getOrDefault(later, Map.of()).forEach(unanswered::add);
                }
                channels.add(unanswered);
            }
            for (int later = version + 1; later <= FORMAT_VERSION; later++) {
                ORGANISATION_ADDED_IN.getOrDefault(later, List.of()).forEach(organisation::remove);
            }
            assertEquals(Json.createObjectBuilder(current).add("organisation", organisation).add("channels", channels).build(),
                    exported, "format " + version);
        }
    }

    /** Formats 1 and 2 could not state the organisation's type: importing them keeps the one recorded. */
    @Test
    void anOlderDocumentKeepsTheOrganisationTypeItCannotState() throws Exception {
        long org = register.organisation("Amt für Altdaten");
        Http.Answer current = http.get("api/v1/organisations/" + org);
        assertEquals(200, http.put("api/v1/organisations/" + org,
                "{\"name\":\"Amt für Altdaten\",\"organisationType\":\"PUBLIC_BODY\"}",
                "If-Match", current.header("ETag").orElseThrow()).status());

        assertEquals(200, http.post(org(org, "import"), Files.readString(golden(2))).status());

        JsonObject organisation = http.get("api/v1/organisations/" + org).json();
        assertEquals("PUBLIC_BODY", organisation.getString("organisationType"));
        assertEquals("Sommer Malerbetrieb GmbH & Co. KG", organisation.getString("name"), "the other details are the document's");
        JsonObject entry = http.get(org(org, "audit") + "?size=1").json().getJsonArray("items").getJsonObject(0);
        assertEquals("IMPORT", entry.getString("action"));
        assertEquals(FORMAT_VERSION, entry.getInt("snapshotVersion"), "an import is recorded in its document's format");
    }

    @Test
    void nullWhereAListOrAnEntryBelongsIsAFieldProblemNotAnError() throws Exception {
        long org = register.organisation("Lücken GmbH");
        JsonObject demo = read(Files.readString(DEMO));
        JsonObject holes = Json.createObjectBuilder(demo).addNull("measures")
                .add("channels", Json.createArrayBuilder(demo.getJsonArray("channels")).set(1, JsonValue.NULL))
                .build();

        Http.Answer answer = http.post(org(org, "import"), holes.toString());

        assertEquals(400, answer.status(), answer::toString);
        assertTrue(fields(answer.json()).stream().anyMatch(f -> f.startsWith("channels[1]")), answer::toString);
        assertNothingStored(org);
    }

    @Test
    void aFormatVersionFromTheFutureIsRefusedByName() throws Exception {
        long org = register.organisation("Zukunft GmbH");
        String document = Files.readString(DEMO).replace("\"formatVersion\": " + FORMAT_VERSION,
                "\"formatVersion\": " + (FORMAT_VERSION + 1));

        Http.Answer answer = http.post(org(org, "import"), document);

        assertEquals(400, answer.status(), answer::toString);
        assertEquals(Set.of("formatVersion"), fields(answer.json()));
        assertTrue(answer.body().contains("1, 2, 3, 4"), answer::toString);
        assertNothingStored(org);
    }

    @Test
    void aDocumentWithOneBadRecordInTheMiddleStoresNothing() throws Exception {
        long org = register.organisation("Unverändert GmbH");
        JsonObject demo = read(Files.readString(DEMO));
        JsonObject broken = Json.createObjectBuilder(demo)
                .add("channels", Json.createArrayBuilder(demo.getJsonArray("channels"))
                        .set(2, Json.createObjectBuilder(demo.getJsonArray("channels").getJsonObject(2)).add("name", "")))
                .build();

        Http.Answer answer = http.post(org(org, "import"), broken.toString());

        assertEquals(400, answer.status(), answer::toString);
        assertEquals(Set.of("channels[2].name"), fields(answer.json()));
        assertNothingStored(org);
    }

    @Test
    void aRuleBrokenLateInTheImportRollsEverythingBack() throws Exception {
        long org = register.organisation("Rollback GmbH");
        JsonObject demo = read(Files.readString(DEMO));
        JsonObject lastActivityWithoutClient = Json.createObjectBuilder(demo.getJsonArray("activities").getJsonObject(5))
                .remove("clientController").build();
        JsonObject broken = Json.createObjectBuilder(demo)
                .add("activities", Json.createArrayBuilder(demo.getJsonArray("activities")).set(5, lastActivityWithoutClient))
                .build();

        Http.Answer answer = http.post(org(org, "import"), broken.toString());

        assertEquals(400, answer.status(), answer::toString);
        assertEquals(Set.of("activities[5].clientController"), fields(answer.json()));
        assertNothingStored(org);
    }

    @Test
    void unknownKeysAndCodesAreNamed() throws Exception {
        long org = register.organisation("Schlüssel GmbH");
        String document = Files.readString(DEMO)
                .replace("\"serviceCode\": \"threema-work\"", "\"serviceCode\": \"carrier-pigeon\"")
                .replace("\"transferKeys\": [\"T2\"]", "\"transferKeys\": [\"T99\"]");

        Http.Answer answer = http.post(org(org, "import"), document);

        assertEquals(400, answer.status(), answer::toString);
        assertTrue(fields(answer.json()).containsAll(Set.of("channels[4].serviceCode", "activities[3].transferKeys")),
                answer::toString);
        assertNothingStored(org);
    }

    @Test
    void importNeedsAnEmptyOrganisation() throws Exception {
        long org = register.organisation("Voll GmbH");
        register.channel(org, "Schon da");

        Http.Answer answer = http.post(org(org, "import"), Files.readString(DEMO));

        assertEquals(409, answer.status(), answer::toString);
        assertEquals(1, http.get(org(org, "channels")).json().getInt("total"));
    }

    @Test
    void aSecondDocumentAddsToTheRegisterLinkingWhatTheFirstCreated() throws Exception {
        long org = register.organisation("Zwei Teile GmbH");
        assertEquals(200, http.post(org(org, "import"), Files.readString(DEMO)).status());
        JsonObject demo = read(Files.readString(DEMO));
        JsonArrayBuilder renamed = Json.createArrayBuilder();
        demo.getJsonArray("activities").forEach(activity -> renamed.add(Json.createObjectBuilder(activity.asJsonObject())
                .add("name", activity.asJsonObject().getString("name") + " (Teil 2)")));
        String secondPart = Json.createObjectBuilder(demo).add("activities", renamed).build().toString();

        Http.Answer refused = http.post(org(org, "import"), secondPart);
        Http.Answer added = http.post(org(org, "import") + "?add=true", secondPart);
        Http.Answer again = http.post(org(org, "import") + "?add=true", secondPart);

        assertEquals(409, refused.status(), "without add=true an import needs an empty organisation: " + refused);
        assertEquals(200, added.status(), added::toString);
        assertEquals(6, added.json().getJsonObject("imported").getInt("activities"));
        assertEquals(0, added.json().getJsonObject("imported").getInt("channels"), "the channels are linked by name");
        assertEquals(5, http.get(org(org, "channels")).json().getInt("total"));
        assertEquals(12, http.get(org(org, "activities")).json().getInt("total"));
        assertEquals(400, again.status(), "the same activities a second time: " + again);
        assertTrue(fields(again.json()).contains("activities[0].name"), again::toString);
        assertEquals(12, http.get(org(org, "activities")).json().getInt("total"), "nothing of the refused part stored");
    }

    private void assertNothingStored(long org) {
        for (String collection : List.of("channels", "activities", "processors", "transfers", "toms")) {
            assertEquals(0, http.get(org(org, collection)).json().getInt("total"), collection);
        }
        assertTrue(http.get("api/v1/organisations/" + org).json().getString("name").endsWith("GmbH"), "details unchanged");
    }

    static Path golden(int formatVersion) {
        return Path.of("src/test/golden/register-format-" + formatVersion + ".json");
    }

    private static JsonObject withoutExportTime(JsonObject document) {
        return Json.createObjectBuilder(document).remove("exportedAt").build();
    }

    private static JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    static Set<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").getValuesAs(JsonValue.class).stream()
                .map(e -> e.asJsonObject().getString("field")).collect(Collectors.toSet());
    }
}
