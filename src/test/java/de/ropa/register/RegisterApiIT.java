package de.ropa.register;

import static de.ropa.testing.RegisterClient.org;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.testing.Http;
import de.ropa.testing.RegisterClient;
import de.ropa.testing.TestAccounts;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
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

/** The register's REST API on a real server: CRUD, validation, optimistic locking, references, paging. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegisterApiIT {

    @ArquillianResource
    URL base;

    Http http;
    RegisterClient register;

    @BeforeEach
    void client() throws Exception {
        http = TestAccounts.editor(base.toURI());
        register = new RegisterClient(http);
    }

    /** One resource's create and update bodies and a field whose value the update changes. */
    record Crud(String collection, String create, String update, String field, String updatedValue) {
    }

    @Test
    void everyResourceCanBeCreatedReadUpdatedAndDeleted() {
        long org = register.organisation("CRUD GmbH");
        long channel = register.channel(org, "Linked channel");
        List<Crud> cases = List.of(
                new Crud(org(org, "channels"),
                        "{\"name\":\"Teams intern\",\"serviceId\":4,\"audience\":\"INTERNAL\",\"backupMode\":\"NONE\",\"status\":\"ACTIVE\"}",
                        "{\"name\":\"Teams intern (neu)\",\"serviceId\":4,\"audience\":\"INTERNAL\",\"backupMode\":\"NONE\",\"status\":\"RETIRED\"}",
                        "status", "RETIRED"),
                new Crud(org(org, "processors"),
                        "{\"name\":\"Microsoft Ireland\",\"role\":\"PROCESSOR\",\"agreementStatus\":\"REQUESTED\"}",
                        "{\"name\":\"Microsoft Ireland\",\"role\":\"PROCESSOR\",\"agreementStatus\":\"SIGNED\",\"signedOn\":\"2026-10-01\"}",
                        "agreementStatus", "SIGNED"),
                new Crud(org(org, "transfers"),
                        "{\"recipient\":\"Microsoft Corp.\",\"country\":\"US\",\"mechanism\":\"NONE\"}",
                        "{\"recipient\":\"Microsoft Corp.\",\"country\":\"US\",\"mechanism\":\"DATA_PRIVACY_FRAMEWORK\",\"dpfChecked\":true}",
                        "mechanism", "DATA_PRIVACY_FRAMEWORK"),
                new Crud(org(org, "toms"),
                        "{\"catalogueMeasureId\":15,\"status\":\"PLANNED\"}",
                        "{\"catalogueMeasureId\":15,\"status\":\"IMPLEMENTED\",\"evidence\":\"MDM-Profil\"}",
                        "status", "IMPLEMENTED"),
                new Crud(org(org, "activities"),
                        RegisterClient.activityJson("Terminvereinbarung", channel),
                        RegisterClient.activityJson("Terminvereinbarung", channel).replace("\"ACTIVE\"", "\"RETIRED\""),
                        "status", "RETIRED"),
                new Crud("api/v1/organisations",
                        "{\"name\":\"Zweite GmbH\"}", "{\"name\":\"Zweite GmbH\",\"city\":\"Köln\"}", "city", "Köln"),
                new Crud("api/v1/catalogue/messenger-services",
                        "{\"code\":\"test-" + org + "\",\"name\":\"Testmessenger\",\"variant\":\"BUSINESS_APP\",\"provider\":\"Test AG\","
                                + "\"dpaOffered\":\"OFFERED\",\"dpfStatus\":\"NOT_APPLICABLE\",\"e2eeScope\":\"ALWAYS\","
                                + "\"addressBookUpload\":\"NONE\",\"backupEncryption\":\"END_TO_END\",\"providerRole\":\"PROCESSOR\","
                                + "\"serverRegion\":\"EEA_ONLY\",\"deletionOptions\":\"DISAPPEARING_MESSAGES\"}",
                        "{\"code\":\"test-" + org + "\",\"name\":\"Testmessenger\",\"variant\":\"BUSINESS_APP\",\"provider\":\"Test AG\","
                                + "\"dpaOffered\":\"NOT_OFFERED\",\"dpfStatus\":\"NOT_APPLICABLE\",\"e2eeScope\":\"ALWAYS\","
                                + "\"addressBookUpload\":\"NONE\",\"backupEncryption\":\"END_TO_END\",\"providerRole\":\"PROCESSOR\","
                                + "\"serverRegion\":\"EEA_ONLY\",\"deletionOptions\":\"DISAPPEARING_MESSAGES\"}",
                        "dpaOffered", "NOT_OFFERED"),
                new Crud("api/v1/catalogue/toms",
                        "{\"code\":\"tom-" + org + "\",\"titleDe\":\"Test\",\"titleEn\":\"Test\",\"art32Letter\":\"D_REGULAR_TESTING\",\"sdmGoal\":\"INTEGRITY\"}",
                        "{\"code\":\"tom-" + org + "\",\"titleDe\":\"Test\",\"titleEn\":\"Test\",\"art32Letter\":\"D_REGULAR_TESTING\",\"sdmGoal\":\"TRANSPARENCY\"}",
                        "sdmGoal", "TRANSPARENCY"));

        for (Crud c : cases) {
            Http.Answer created = http.post(c.collection(), c.create());
            assertEquals(201, created.status(), () -> c.collection() + ": " + created);
            String location = created.header("Location").orElseThrow();
            assertTrue(location.endsWith("/" + created.json().getJsonNumber("id")), location);

            Http.Answer read = http.get(location);
            assertEquals(200, read.status(), () -> c.collection() + ": " + read);
            assertEquals(created.etag(), read.etag());

            Http.Answer updated = http.put(location, c.update(), "If-Match", read.etag());
            assertEquals(200, updated.status(), () -> c.collection() + ": " + updated);
            assertEquals(c.updatedValue(), updated.json().getString(c.field()), c.collection());
            assertNotEquals(read.etag(), updated.etag(), "a new version after the update");
            assertEquals(c.updatedValue(), http.get(location).json().getString(c.field()), "stored");

            Http.Answer deleted = http.delete(location, "If-Match", updated.etag());
            assertEquals(204, deleted.status(), () -> c.collection() + ": " + deleted);
            assertEquals(404, http.get(location).status(), c.collection());
        }
    }

    @Test
    void eachKindOfBadFieldGetsA400NamingTheField() {
        long org = register.organisation("Validierung GmbH");
        Map<String, String> bodyToField = Map.of(
                "{\"name\":\"\",\"serviceId\":2,\"audience\":\"EXTERNAL\",\"backupMode\":\"NONE\",\"status\":\"ACTIVE\"}", "name",
                "{\"name\":\"" + "x".repeat(201) + "\",\"serviceId\":2,\"audience\":\"EXTERNAL\",\"backupMode\":\"NONE\",\"status\":\"ACTIVE\"}", "name",
                "{\"name\":\"K\",\"serviceId\":2,\"backupMode\":\"NONE\",\"status\":\"ACTIVE\"}", "audience",
                "{\"name\":\"K\",\"serviceId\":999999,\"audience\":\"EXTERNAL\",\"backupMode\":\"NONE\",\"status\":\"ACTIVE\"}", "serviceId",
                "{\"name\":\"K\",\"serviceId\":2,\"audience\":\"EXTERNAL\",\"backupMode\":\"NONE\",\"status\":\"ACTIVE\",\"measureIds\":[999999]}", "measureIds");
        bodyToField.forEach((body, field) -> {
            Http.Answer answer = http.post(org(org, "channels"), body);
            assertEquals(400, answer.status(), answer::toString);
            assertEquals(Set.of(field), fields(answer.json()), answer::toString);
        });

        Http.Answer nested = http.post(org(org, "activities"), "{\"name\":\"A\",\"recordType\":\"PROCESSOR\",\"status\":\"ACTIVE\","
                + "\"purposes\":[{\"description\":\"ok\",\"legalBasis\":\"A_CONSENT\"},{\"description\":\"\"}],"
                + "\"recipients\":[{\"name\":\"P\",\"kind\":\"PROCESSOR\",\"country\":\"Irland\"}]}");
        assertEquals(400, nested.status(), nested::toString);
        assertEquals(Set.of("purposes[1].description", "purposes[1].legalBasis", "recipients[0].country"), fields(nested.json()));

        Http.Answer country = http.post(org(org, "transfers"), "{\"recipient\":\"X\",\"country\":\"usa\",\"mechanism\":\"NONE\"}");
        assertEquals(Set.of("country"), fields(country.json()), country::toString);

        Http.Answer unknownEnum = http.post(org(org, "transfers"), "{\"recipient\":\"X\",\"country\":\"US\",\"mechanism\":\"MAGIC\"}");
        assertEquals(400, unknownEnum.status());
        assertTrue(unknownEnum.json().getString("detail").contains("MAGIC"), unknownEnum::toString);

        Http.Answer wrongType = http.post(org(org, "transfers"), "{\"recipient\":\"X\",\"country\":\"US\",\"mechanism\":\"NONE\",\"tiaDone\":\"vielleicht\"}");
        assertEquals(400, wrongType.status(), wrongType::toString);

        Http.Answer processorRecord = http.post(org(org, "activities"), "{\"name\":\"A\",\"recordType\":\"PROCESSOR\",\"status\":\"DRAFT\"}");
        assertEquals(Set.of("clientController"), fields(processorRecord.json()), processorRecord::toString);

        assertEquals(0, http.get(org(org, "channels")).json().getInt("total"), "nothing stored from rejected requests");
        assertEquals(0, http.get(org(org, "activities")).json().getInt("total"));
    }

    @Test
    void updatesAndDeletesNeedTheCurrentVersion() {
        long org = register.organisation("Sperre GmbH");
        long channel = register.channel(org, "Kanal");
        String path = org(org, "channels") + "/" + channel;
        Http.Answer read = http.get(path);
        String body = "{\"name\":\"Kanal 2\",\"serviceId\":2,\"audience\":\"EXTERNAL\",\"backupMode\":\"NONE\",\"status\":\"ACTIVE\"}";

        Http.Answer withoutIfMatch = http.put(path, body);
        assertEquals(428, withoutIfMatch.status(), withoutIfMatch::toString);
        assertEquals(428, http.delete(path).status());

        Http.Answer first = http.put(path, body, "If-Match", read.etag());
        assertEquals(200, first.status(), first::toString);

        Http.Answer stale = http.put(path, body.replace("Kanal 2", "Kanal 3"), "If-Match", read.etag());
        assertEquals(412, stale.status(), stale::toString);
        assertEquals("application/problem+json", stale.contentType());
        assertEquals(412, http.delete(path, "If-Match", read.etag()).status());
        assertEquals("Kanal 2", http.get(path).json().getString("name"), "the stale write changed nothing");
    }

    @Test
    void deletingAnObjectStillReferencedIsAConflictNamingTheReference() {
        long org = register.organisation("Referenz GmbH");
        long channel = register.channel(org, "WhatsApp Termine");
        register.activity(org, "Terminvereinbarung", channel);
        String path = org(org, "channels") + "/" + channel;

        Http.Answer answer = http.delete(path, "If-Match", http.get(path).etag());

        assertEquals(409, answer.status(), answer::toString);
        assertTrue(answer.json().getString("detail").contains("Verarbeitungstätigkeit »Terminvereinbarung«"),
                "German by default: " + answer);
        Http.Answer english = http.delete(path, "If-Match", http.get(path).etag(), "Accept-Language", "en-GB,en;q=0.9");
        assertTrue(english.json().getString("detail").contains("Processing activity \"Terminvereinbarung\""), english::toString);
        assertEquals("urn:ropa:problem:conflict", english.json().getString("type"), "the type does not depend on the language");
        assertEquals(200, http.get(path).status(), "still there");
    }

    @Test
    void problemsSpeakTheRequestsLanguageAndKeepTheirCodesAndFields() {
        long org = register.organisation("Sprach GmbH");
        String invalid = "{\"name\":\"\",\"audience\":\"INTERNAL\",\"backupMode\":\"NONE\",\"status\":\"ACTIVE\","
                + "\"serviceId\":999999}";

        JsonObject german = http.post(org(org, "channels"), invalid).json();
        JsonObject english = http.post(org(org, "channels") + "?lang=en", invalid).json();

        assertEquals(german.getString("type"), english.getString("type"));
        assertEquals(fields(german), fields(english), "the same fields in both languages");
        JsonObject germanName = error(german, "name");
        JsonObject englishName = error(english, "name");
        assertEquals("NotBlank", germanName.getString("code"));
        assertEquals("NotBlank", englishName.getString("code"));
        assertEquals("muss ausgefüllt werden", germanName.getString("message"), german::toString);
        assertEquals("must be filled in", englishName.getString("message"), english::toString);
        JsonObject service = error(http.post(org(org, "channels"), invalid.replace("\"name\":\"\"", "\"name\":\"Kanal\"")).json(),
                "serviceId");
        assertEquals("field.unknownServices", service.getString("code"));
        assertEquals("unbekannte Messenger-Dienste: 999999", service.getString("message"));
    }

    private static JsonObject error(JsonObject problem, String field) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .filter(e -> field.equals(e.getString("field"))).findFirst()
                .orElseThrow(() -> new AssertionError("no error for " + field + " in " + problem));
    }

    @Test
    void objectsOfAnotherOrganisationCanNeitherBeLinkedNorSeen() {
        long mine = register.organisation("Meine GmbH");
        long other = register.organisation("Andere GmbH");
        long foreignChannel = register.channel(other, "Fremder Kanal");

        Http.Answer link = http.post(org(mine, "activities"), RegisterClient.activityJson("Versuch", foreignChannel));
        assertEquals(400, link.status(), link::toString);
        assertEquals(Set.of("channelIds"), fields(link.json()));

        assertEquals(404, http.get(org(mine, "channels") + "/" + foreignChannel).status());
        Http.Answer update = http.put(org(mine, "channels") + "/" + foreignChannel,
                "{\"name\":\"x\",\"serviceId\":2,\"audience\":\"EXTERNAL\",\"backupMode\":\"NONE\",\"status\":\"ACTIVE\"}",
                "If-Match", "\"0\"");
        assertEquals(404, update.status(), update::toString);
        assertEquals(404, http.get(org(999_999, "channels")).status(), "unknown organisation");
    }

    @Test
    void listsArePagedSortedAndFiltered() {
        long org = register.organisation("Liste GmbH");
        for (String name : List.of("Delta", "Alpha", "Echo", "Charlie", "Bravo")) {
            register.channel(org, "Kanal " + name, name.equals("Echo") ? "RETIRED" : "ACTIVE");
        }

        JsonObject page = http.get(org(org, "channels") + "?page=1&size=2&sort=name").json();
        assertEquals(5, page.getInt("total"));
        assertEquals(List.of("Kanal Charlie", "Kanal Delta"), names(page));

        assertEquals(List.of("Kanal Echo", "Kanal Delta"), names(http.get(org(org, "channels") + "?size=2&sort=-name").json()));
        assertEquals(List.of("Kanal Echo"), names(http.get(org(org, "channels") + "?status=RETIRED").json()));
        assertEquals(List.of("Kanal Bravo"), names(http.get(org(org, "channels") + "?q=brav").json()));

        Http.Answer badPaging = http.get(org(org, "channels") + "?page=-1&size=100000");
        assertEquals(Set.of("page", "size"), fields(badPaging.json()), badPaging::toString);
        assertEquals(Set.of("sort"), fields(http.get(org(org, "channels") + "?sort=secret").json()));
    }

    @Test
    void activitiesAreFilteredByChannelAndTextInPurposes() {
        long org = register.organisation("Filter GmbH");
        long whatsapp = register.channel(org, "WhatsApp");
        long teams = register.channel(org, "Teams");
        register.activity(org, "Termine", whatsapp);
        register.activity(org, "Projektarbeit", teams);

        assertEquals(List.of("Termine"), names(http.get(org(org, "activities") + "?channel=" + whatsapp).json()));
        assertEquals(2, http.get(org(org, "activities") + "?q=vereinbaren").json().getInt("total"), "purpose text searched");
    }

    @Test
    void markupAndSqlInTextAreStoredExactlyAsTyped() {
        long org = register.organisation("Text GmbH");
        String hostile = "<script>alert('x')</script> '; DROP TABLE channel; -- Ä ö ß \u20ac";
        Http.Answer created = http.post(org(org, "channels"), "{\"name\":\"" + hostile.replace("'", "\\u0027")
                + "\",\"serviceId\":2,\"audience\":\"EXTERNAL\",\"backupMode\":\"NONE\",\"status\":\"ACTIVE\"}");
        assertEquals(201, created.status(), created::toString);

        assertEquals(hostile, http.get(created.header("Location").orElseThrow()).json().getString("name"));
        assertEquals(1, http.get(org(org, "channels") + "?q=drop").json().getInt("total"));
    }

    @Test
    void theCatalogueIsSeededWithSourcedFactsAndInformationDutiesApart() {
        JsonObject services = http.get("api/v1/catalogue/messenger-services?size=200").json();
        Set<String> codes = services.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("code")).collect(Collectors.toSet());
        assertTrue(codes.containsAll(Set.of("whatsapp-consumer-app", "whatsapp-business-app", "whatsapp-business-platform",
                "microsoft-teams", "slack", "signal", "threema", "threema-work", "threema-onprem", "wire", "element-hosted",
                "element-matrix", "telegram", "imessage", "messenger-instagram", "google-chat", "webex", "zoom-team-chat",
                "ginlo", "teamwire", "stackfield", "nextcloud-talk", "ti-messenger", "bundesmessenger", "sms")), codes::toString);

        JsonObject teams = http.get("api/v1/catalogue/messenger-services/4").json();
        assertEquals("microsoft-teams", teams.getString("code"), "the seed of version 3 keeps its ids");
        assertEquals("CALLS_ONLY", teams.getString("e2eeScope"));
        List<JsonObject> facts = teams.getJsonArray("facts").getValuesAs(JsonObject.class);
        assertEquals(10, facts.size(), "one fact per topic");
        JsonObject location = facts.stream().filter(f -> f.getString("topic").equals("SERVER_LOCATIONS")).findFirst().orElseThrow();
        assertEquals("EEA_WITH_THIRD_COUNTRY_ACCESS", location.getString("value"));
        assertEquals("VERIFIED", location.getString("state"));
        JsonObject source = location.getJsonArray("sources").getJsonObject(0);
        assertTrue(source.getString("url").startsWith("https://"), source::toString);
        assertFalse(source.getString("title").isBlank());
        assertFalse(location.getString("textDe").isBlank());
        assertFalse(location.getString("textEn").isBlank());

        JsonObject toms = http.get("api/v1/catalogue/toms?size=200").json();
        assertTrue(toms.getInt("total") >= 20, toms::toString);
        Map<String, JsonObject> byCode = toms.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(t -> t.getString("code"), t -> t));
        assertTrue(byCode.get("contact-sync-disabled").getBoolean("messengerSpecific"));
        assertEquals("SECURITY", byCode.get("contact-sync-disabled").getString("kind"));
        assertEquals("INFORMATION_DUTY", byCode.get("art13-greeting").getString("kind"));
        assertEquals("INFORMATION_DUTY", byCode.get("imprint-in-profile").getString("kind"));
        assertEquals("DATA_PROTECTION_ORGANISATION", byCode.get("erasure-concept").getString("kind"));
        assertFalse(byCode.get("art13-greeting").containsKey("art32Letter"), "an information duty is no Art. 32 measure");
    }

    static Set<String> fields(JsonObject problem) {
        if (!problem.containsKey("errors") || problem.isNull("errors")) {
            return Set.of();
        }
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).collect(Collectors.toSet());
    }

    static List<String> names(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonValue.class).stream()
                .map(v -> v.asJsonObject().getString("name")).toList();
    }
}
