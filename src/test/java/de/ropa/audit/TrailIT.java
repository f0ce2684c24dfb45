package de.ropa.audit;

import static de.ropa.testing.RegisterClient.org;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import de.ropa.spreadsheets.TestWorkbooks;
import de.ropa.testing.Http;
import de.ropa.testing.Pdf;
import de.ropa.testing.RegisterClient;
import de.ropa.testing.TestAccounts;
import de.ropa.testing.TestDatabase;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail over the API: every write operation of /openapi leaves exactly one entry with the right
 * values, failed writes leave none, SQL behind the product's back breaks the chain where it happened,
 * approved versions answer "as of a day", exports and report footers carry the chain.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrailIT {

    static final Path DEMO = Path.of("src/main/resources/demo/demo-register.json");

    @ArquillianResource
    URL base;

    Http admin;
    Http editor;
    /** Another DPO: approvals need a second pair of eyes. */
    Http approver;
    RegisterClient register;
    long orgId;

    /** A write operation done once: the call, and what its one entry must say. */
    /** A write operation's call and the one entry it leaves; {@code kind} null: it leaves none (it rehearses only). */
    record Scenario(Supplier<Http.Answer> call, String kind, String action, String field, String before, String after) {
    }

    static final String SPREADSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @BeforeEach
    void client() throws Exception {
        admin = TestAccounts.admin(base.toURI());
        editor = TestAccounts.editor(base.toURI());
        approver = TestAccounts.approver(base.toURI());
        register = new RegisterClient(editor);
        orgId = register.organisation("Protokoll GmbH " + System.nanoTime());
    }

    @Test
    void everyWriteOperationOfTheApiLeavesExactlyOneEntryWithItsValues() {
        List<String> writes = new ArrayList<>();
        JsonObject document = editor.get(editor.base().resolve("openapi").toString(), "Accept", "application/json").json();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (Set.of("post", "put", "delete", "patch").contains(method)) {
                writes.add(operation.asJsonObject().getString("operationId"));
            }
        }));
        List<String> problems = new ArrayList<>();
        for (String operation : new TreeSet<>(writes)) {
            Scenario scenario = scenario(operation);
            if (scenario == null) {
                problems.add(operation + ": no scenario in TrailIT (every write operation needs one)");
                continue;
            }
            long before = latestSeq();
            Http.Answer answer = scenario.call().get();
            if (answer.status() >= 300) {
                problems.add(operation + ": the scenario failed: " + answer);
                continue;
            }
            List<JsonObject> entries = entriesAfter(before);
            if (scenario.kind() == null) { // a POST that only reads, as the spreadsheet preview: nothing stays
                if (!entries.isEmpty()) {
                    problems.add(operation + ": writes nothing, yet left " + entries);
                }
                continue;
            }
            if (entries.size() != 1) {
                problems.add(operation + ": " + entries.size() + " entries instead of one: " + entries);
                continue;
            }
            JsonObject entry = entries.get(0);
            String found = entry.getString("objectKind") + " " + entry.getString("action");
            if (!found.equals(scenario.kind() + " " + scenario.action())) {
                problems.add(operation + ": entry says " + found + ", expected " + scenario.kind() + " " + scenario.action());
            }
            check(problems, operation, "before", entry, scenario.field(), scenario.before());
            check(problems, operation, "after", entry, scenario.field(), scenario.after());
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " write operations without their one correct entry:\n" + String.join("\n", problems));
        }
        assertTrue(writes.size() >= 35, "walked " + writes.size() + " write operations");
        assertTrue(admin.get("api/v1/audit/verification").json().getBoolean("intact"), "the chain is intact afterwards");
    }

    @Test
    void aFailedWriteLeavesNoEntry() {
        long channel = register.channel(orgId, "Fehlerkanal");
        register.activity(orgId, "Nutzt den Fehlerkanal", channel);
        String path = org(orgId, "channels/" + channel);
        String draft = org(orgId, "activities/" + register.activity(orgId, "Nie eingereicht", channel));
        long before = latestSeq();
        assertEquals(412, editor.put(path, RegisterClient.channelJson("Zu spät"), "If-Match", "\"999999\"").status(), "stale version");
        assertEquals(400, editor.post(org(orgId, "activities"), "{\"recordType\":\"CONTROLLER\",\"status\":\"ACTIVE\"}").status(),
                "no name");
        assertEquals(400, editor.post(org(orgId, "findings/CH-CONTACT-SYNC." + channel + "/accept"), "{\"justification\":\" \"}")
                .status(), "no justification");
        assertEquals(409, editor.delete(path, "If-Match", editor.get(path).etag()).status(), "still used by an activity");
        assertEquals(428, editor.post(org(orgId, "reviews"), "{\"objectKind\":\"CHANNEL\",\"objectId\":" + channel + "}").status(),
                "review without If-Match");
        assertEquals(409, editor.post(draft + "/approval/approve", "", "If-Match", editor.get(draft).etag()).status(),
                "a draft cannot be approved before it was submitted");
        assertEquals(before, latestSeq(), "refused and failed writes leave nothing");
    }

    @Test
    void anEntryChangedBySqlBreaksTheChainAtThatEntry() throws Exception {
        long channel = register.channel(orgId, "Kanal vor der Manipulation");
        long tampered = latestSeq();
        register.channel(orgId, "Kanal danach");
        assertTrue(admin.get("api/v1/audit/verification").json().getBoolean("intact"));

        String original;
        try (Connection db = TestDatabase.connect()) {
            try (PreparedStatement read = db.prepareStatement("SELECT object_name FROM audit_entry WHERE seq = ?")) {
                read.setLong(1, tampered);
                var row = read.executeQuery();
                assertTrue(row.next());
                original = row.getString(1);
            }
            assertEquals("Kanal vor der Manipulation", original);
            update(db, tampered, "Kanal, umbenannt am Produkt vorbei");
            try {
                JsonObject verification = admin.get("api/v1/audit/verification").json();
                assertFalse(verification.getBoolean("intact"), verification::toString);
                assertEquals(tampered, verification.getJsonNumber("firstBrokenSeq").longValue(), verification::toString);
                assertTrue(verification.getString("problem").contains("Eintrag " + tampered), verification::toString);
                assertEquals(tampered - 1, verification.getJsonNumber("entries").longValue());
            } finally {
                update(db, tampered, original);
            }
        }
        JsonObject restored = admin.get("api/v1/audit/verification").json();
        assertTrue(restored.getBoolean("intact"), restored::toString);
        assertTrue(channel > 0);
    }

    @Test
    void theApprovedRegisterOfADayIsWhatWasApprovedThenNotWhatIsCurrent() throws Exception {
        long channel = register.channel(orgId, "Kanal für Fassungen");
        long activity = register.activity(orgId, "Fassung eins", channel);
        String path = org(orgId, "activities/" + activity);
        approve(path);
        String today = LocalDate.now().toString();
        assertEquals(List.of("Fassung eins"), approvedNames(today));
        assertEquals(List.of(), approvedNames(LocalDate.now().minusDays(1).toString()), "nothing was approved yesterday");

        Http.Answer changed = editor.put(path, RegisterClient.activityJson("Fassung zwei", channel), "If-Match", editor.get(path).etag());
        assertEquals(200, changed.status(), changed::toString);
        assertEquals("DRAFT", changed.json().getString("approvalState"), "a change makes the approved activity a draft");
        assertEquals(List.of("Fassung eins"), approvedNames(today), "the approved version, not the current state");

        List<JsonObject> fields = editor.get(path + "/versions/1/comparison").jsonStructure().asJsonArray()
                .getValuesAs(JsonObject.class);
        JsonObject name = fields.stream().filter(f -> f.getString("path").equals("name")).findFirst().orElseThrow();
        assertTrue(name.getBoolean("changed"));
        assertEquals("Fassung eins", name.getString("left"));
        assertEquals("Fassung zwei", name.getString("right"));
        assertTrue(fields.stream().filter(f -> f.getString("path").equals("purposes[0].legalBasis"))
                .noneMatch(f -> f.getBoolean("changed")), "unchanged fields are not marked");

        approve(path);
        List<JsonObject> versions = editor.get(path + "/versions").jsonStructure().asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of("2 APPROVED", "1 SUPERSEDED"), versions.stream().map(v -> v.getInt("number") + " " + v.getString("state")).toList());
        assertEquals(List.of("Fassung zwei"), approvedNames(today));

        // version 1 was in force from 300 to 100 days ago: dates of the past are answered from the versions
        LocalDate approvedOn = LocalDate.now().minusDays(300);
        try (Connection db = TestDatabase.connect();
             PreparedStatement backdate = db.prepareStatement("UPDATE activity_version SET approved_at = ?, superseded_at = ?"
                     + " WHERE activity_id = ? AND number = 1")) {
            backdate.setObject(1, approvedOn.atTime(10, 0));
            backdate.setObject(2, LocalDate.now().minusDays(100).atTime(10, 0));
            backdate.setLong(3, activity);
            assertEquals(1, backdate.executeUpdate());
        }
        String inBetween = LocalDate.now().minusDays(200).toString();
        assertEquals(List.of("Fassung eins"), approvedNames(inBetween));
        assertEquals(List.of(), approvedNames(LocalDate.now().minusDays(50).toString()), "between the two versions none was in force");

        String text = Pdf.of(editor.bytes(org(orgId, "reports/register") + "?lang=de&asOf=" + inBetween), "record-as-of.pdf").text();
        assertTrue(text.contains("1. Fassung eins"), text);
        assertFalse(text.contains("Fassung zwei"), text);
        assertTrue(text.contains("Genehmigter Stand vom"), "the report says which day it shows: " + text);
    }

    @Test
    void theRegisterPdfCarriesTheHashOfTheLatestEntryAndTheExportChains() {
        register.channel(orgId, "Kanal für den Export");
        register.channel(orgId, "Zweiter Kanal für den Export");
        JsonObject latest = admin.get("api/v1/audit?size=1").json().getJsonArray("items").getJsonObject(0);
        String text = Pdf.of(editor.bytes(org(orgId, "reports/register")), "record-trail.pdf").text();
        assertTrue(text.contains("#" + latest.getJsonNumber("seq") + " · SHA-256 " + latest.getString("hash")),
                "footer names entry " + latest.getJsonNumber("seq") + ": " + text);

        String today = LocalDate.now().toString();
        Http.Answer json = editor.get(org(orgId, "audit/export") + "?format=json&from=" + today + "&to=" + today);
        assertEquals(200, json.status(), json::toString);
        List<JsonObject> entries = json.jsonStructure().asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(3, entries.size(), "the organisation's creation and its two channels: " + entries);
        JsonObject second = entries.get(1);
        JsonObject third = entries.get(2);
        if (third.getJsonNumber("seq").longValue() == second.getJsonNumber("seq").longValue() + 1) {
            assertEquals(second.getString("hash"), third.getString("prevHash"));
        }
        assertEquals("Zweiter Kanal für den Export", third.getJsonObject("after").getString("name"));
        assertEquals(2, third.getInt("snapshotVersion"), "a channel is recorded in its snapshot's version 2 shape");
        assertEquals(3, third.getInt("hashVersion"), "the hash covers the snapshot version");
        assertEquals(Set.of("art13Information", "audience", "backupMode", "contactSync", "createdAt", "devices", "id",
                        "imprintInProfile", "inPrivacyNotice", "measureIds", "name", "organisationId", "serviceId",
                        "serviceName", "specialCategories", "status", "updatedAt", "version", "thirdPartyData",
                        "art14Information", "businessCorrespondence", "disappearingMessages", "worksAgreement", "deviations"),
                third.getJsonObject("after").keySet(), "the shape version 2 records (null values are left out)");
        assertEquals("UNKNOWN", third.getJsonObject("after").getString("thirdPartyData"), "an unanswered question is unknown");

        Http.Answer csv = editor.get(org(orgId, "audit/export") + "?from=" + today);
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.header("Content-Disposition").orElse("").contains(".csv"));
        String[] lines = csv.body().split("\r\n");
        assertEquals("seq,occurredAt,actor,organisationId,objectKind,objectId,objectName,action,before,after,prevHash,hash,snapshotVersion,hashVersion", lines[0]);
        assertEquals(4, lines.length, csv.body());
        assertTrue(lines[3].contains("\"Zweiter Kanal für den Export\""), lines[3]);
        assertTrue(lines[3].endsWith(",\"2\",\"3\""), "snapshot and hash version last: " + lines[3]);
        assertEquals(0, editor.get(org(orgId, "audit/export") + "?format=json&to=" + LocalDate.now().minusDays(1))
                .jsonStructure().asJsonArray().size(), "nothing before today");
        assertEquals(400, editor.get(org(orgId, "audit/export") + "?format=xml").status());
    }

    @Test
    void aReviewSetsTheDatesAndTheDueListKnowsWhatIsOverdue() {
        long channel = RegisterClient.id(register.created(org(orgId, "channels"), "{\"name\":\"Überfälliger Kanal\",\"serviceId\":2,"
                + "\"audience\":\"EXTERNAL\",\"devices\":[\"COMPANY_PHONE\"],\"contactSync\":false,\"backupMode\":\"NONE\","
                + "\"status\":\"ACTIVE\",\"nextReviewOn\":\"" + LocalDate.now().minusDays(3) + "\"}"));
        List<JsonObject> due = editor.get(org(orgId, "reviews")).jsonStructure().asJsonArray().getValuesAs(JsonObject.class);
        assertTrue(due.stream().anyMatch(d -> d.getJsonNumber("id").longValue() == channel && d.getBoolean("overdue")), due::toString);

        String path = org(orgId, "channels/" + channel);
        Http.Answer reviewed = editor.post(org(orgId, "reviews"), "{\"objectKind\":\"CHANNEL\",\"objectId\":" + channel
                + ",\"note\":\"Geräte geprüft\"}", "If-Match", editor.get(path).etag());
        assertEquals(200, reviewed.status(), reviewed::toString);
        JsonObject now = editor.get(path).json();
        assertEquals(LocalDate.now().toString(), now.getString("lastReviewedOn"));
        assertEquals(LocalDate.now().plusYears(1).toString(), now.getString("nextReviewOn"));
        JsonObject entry = editor.get(org(orgId, "audit") + "?objectKind=CHANNEL&objectId=" + channel).json()
                .getJsonArray("items").getJsonObject(0);
        assertEquals("REVIEW", entry.getString("action"));
        assertEquals("Geräte geprüft", entry.getJsonObject("after").getString("note"));
        assertTrue(editor.get(org(orgId, "reviews")).jsonStructure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .noneMatch(d -> d.getJsonNumber("id").longValue() == channel), "no longer due");
        assertEquals(400, editor.post(org(orgId, "reviews"), "{\"objectKind\":\"CHANNEL\",\"objectId\":" + channel
                + ",\"nextReviewOn\":\"2000-01-01\"}", "If-Match", editor.get(path).etag()).status());
    }

    // ---- scenarios, one per write operation

    private Scenario scenario(String operation) {
        RegisterClient r = register;
        return switch (operation) {
            case "createOrganisation" -> new Scenario(() -> admin.post("api/v1/organisations",
                    "{\"name\":\"Neu angelegt GmbH\",\"country\":\"DE\"}"), "ORGANISATION", "CREATE", "name", null, "Neu angelegt GmbH");
            case "updateOrganisation" -> {
                long id = r.organisation("Alter Name GmbH");
                yield update("api/v1/organisations/" + id, "{\"name\":\"Neuer Name GmbH\",\"country\":\"DE\"}", "ORGANISATION",
                        "name", "Alter Name GmbH", "Neuer Name GmbH");
            }
            case "deleteOrganisation" -> {
                long id = r.organisation("Weg GmbH");
                yield delete(admin, "api/v1/organisations/" + id, "ORGANISATION", "name", "Weg GmbH");
            }
            case "importRegister" -> {
                long id = r.organisation("Import GmbH");
                yield new Scenario(() -> editor.post(org(id, "import"), read(DEMO)), "REGISTER", "IMPORT", "imported.activities", null, "6");
            }
            case "importSpreadsheet" -> {
                long id = r.organisation("Tabellen GmbH");
                yield new Scenario(() -> editor.upload(org(id, "import/spreadsheet"), SPREADSHEET, TestWorkbooks.messyGerman()),
                        "REGISTER", "IMPORT", "imported.activities", null, "3");
            }
            case "previewSpreadsheetImport" -> new Scenario(() -> editor.upload(org(orgId, "import/spreadsheet/preview"), SPREADSHEET,
                    TestWorkbooks.messyGerman()), null, null, null, null, null);
            case "createActivity" -> {
                long channel = r.channel(orgId, "K1");
                yield new Scenario(() -> editor.post(org(orgId, "activities"), RegisterClient.activityJson("Neue Tätigkeit", channel)),
                        "ACTIVITY", "CREATE", "name", null, "Neue Tätigkeit");
            }
            case "updateActivity" -> {
                long channel = r.channel(orgId, "K2");
                long id = r.activity(orgId, "Tätigkeit alt", channel);
                yield update(org(orgId, "activities/" + id), RegisterClient.activityJson("Tätigkeit neu", channel), "ACTIVITY",
                        "name", "Tätigkeit alt", "Tätigkeit neu");
            }
            case "deleteActivity" -> delete(editor, org(orgId, "activities/" + r.activity(orgId, "Tätigkeit weg", r.channel(orgId, "K3"))),
                    "ACTIVITY", "name", "Tätigkeit weg");
            case "createChannel" -> new Scenario(() -> editor.post(org(orgId, "channels"), RegisterClient.channelJson("Kanal neu")), "CHANNEL", "CREATE",
                    "name", null, "Kanal neu");
            case "updateChannel" -> update(org(orgId, "channels/" + r.channel(orgId, "Kanal alt")), RegisterClient.channelJson("Kanal umbenannt"),
                    "CHANNEL", "name", "Kanal alt", "Kanal umbenannt");
            case "deleteChannel" -> delete(editor, org(orgId, "channels/" + r.channel(orgId, "Kanal weg")), "CHANNEL", "name", "Kanal weg");
            case "createProcessor" -> new Scenario(() -> editor.post(org(orgId, "processors"), processorJson("AV neu")), "PROCESSOR",
                    "CREATE", "name", null, "AV neu");
            case "updateProcessor" -> update(org(orgId, "processors/" + r.processor(orgId, "AV alt")), processorJson("AV umbenannt"),
                    "PROCESSOR", "name", "AV alt", "AV umbenannt");
            case "deleteProcessor" -> delete(editor, org(orgId, "processors/" + r.processor(orgId, "AV weg")), "PROCESSOR", "name", "AV weg");
            case "createTransfer" -> {
                long channel = r.channel(orgId, "K4");
                yield new Scenario(() -> editor.post(org(orgId, "transfers"), transferJson("Empfänger neu", channel)), "TRANSFER",
                        "CREATE", "recipient", null, "Empfänger neu");
            }
            case "updateTransfer" -> {
                long channel = r.channel(orgId, "K5");
                yield update(org(orgId, "transfers/" + r.transfer(orgId, "Empfänger alt", channel)), transferJson("Empfänger umbenannt", channel),
                        "TRANSFER", "recipient", "Empfänger alt", "Empfänger umbenannt");
            }
            case "deleteTransfer" -> delete(editor, org(orgId, "transfers/" + r.transfer(orgId, "Empfänger weg", r.channel(orgId, "K6"))),
                    "TRANSFER", "recipient", "Empfänger weg");
            case "createMeasure" -> new Scenario(() -> editor.post(org(orgId, "toms"), measureJson("TOM neu")), "MEASURE", "CREATE",
                    "title", null, "TOM neu");
            case "updateMeasure" -> update(org(orgId, "toms/" + r.measure(orgId, "TOM alt")), measureJson("TOM umbenannt"), "MEASURE",
                    "title", "TOM alt", "TOM umbenannt");
            case "deleteMeasure" -> delete(editor, org(orgId, "toms/" + r.measure(orgId, "TOM weg")), "MEASURE", "title", "TOM weg");
            case "createMessengerService" -> new Scenario(() -> editor.post("api/v1/catalogue/messenger-services",
                    serviceJson("trail-neu-" + orgId, "Dienst neu")), "MESSENGER_SERVICE", "CREATE", "name", null, "Dienst neu");
            case "updateMessengerService" -> {
                long id = RegisterClient.id(r.created("api/v1/catalogue/messenger-services", serviceJson("trail-alt-" + orgId, "Dienst alt")));
                yield update("api/v1/catalogue/messenger-services/" + id, serviceJson("trail-alt-" + orgId, "Dienst umbenannt"),
                        "MESSENGER_SERVICE", "name", "Dienst alt", "Dienst umbenannt");
            }
            case "deleteMessengerService" -> {
                long id = RegisterClient.id(r.created("api/v1/catalogue/messenger-services", serviceJson("trail-weg-" + orgId, "Dienst weg")));
                yield delete(editor, "api/v1/catalogue/messenger-services/" + id, "MESSENGER_SERVICE", "name", "Dienst weg");
            }
            case "createCatalogueMeasure" -> new Scenario(() -> editor.post("api/v1/catalogue/toms",
                    catalogueMeasureJson("trail-tom-neu-" + orgId, "Katalog-TOM neu")), "CATALOGUE_MEASURE", "CREATE", "titleDe", null,
                    "Katalog-TOM neu");
            case "updateCatalogueMeasure" -> {
                long id = RegisterClient.id(r.created("api/v1/catalogue/toms", catalogueMeasureJson("trail-tom-alt-" + orgId, "Katalog-TOM alt")));
                yield update("api/v1/catalogue/toms/" + id, catalogueMeasureJson("trail-tom-alt-" + orgId, "Katalog-TOM umbenannt"),
                        "CATALOGUE_MEASURE", "titleDe", "Katalog-TOM alt", "Katalog-TOM umbenannt");
            }
            case "deleteCatalogueMeasure" -> {
                long id = RegisterClient.id(r.created("api/v1/catalogue/toms", catalogueMeasureJson("trail-tom-weg-" + orgId, "Katalog-TOM weg")));
                yield delete(editor, "api/v1/catalogue/toms/" + id, "CATALOGUE_MEASURE", "titleDe", "Katalog-TOM weg");
            }
            case "acceptFinding" -> {
                long channel = syncingChannel("Sync-Kanal 1");
                yield new Scenario(() -> editor.post(org(orgId, "findings/CH-CONTACT-SYNC." + channel + "/accept"),
                        "{\"justification\":\"Risiko akzeptiert\"}"), "FINDING", "ACCEPT", "justification", null, "Risiko akzeptiert");
            }
            case "reopenFinding" -> {
                long channel = syncingChannel("Sync-Kanal 2");
                assertEquals(200, editor.post(org(orgId, "findings/CH-CONTACT-SYNC." + channel + "/accept"),
                        "{\"justification\":\"Erst akzeptiert\"}").status());
                yield new Scenario(() -> editor.post(org(orgId, "findings/CH-CONTACT-SYNC." + channel + "/reopen"),
                        "{\"justification\":\"Wieder offen\"}"), "FINDING", "REOPEN", "justification", "Erst akzeptiert", "Wieder offen");
            }
            case "createUser" -> new Scenario(() -> admin.post("api/v1/admin/users", userJson("trail-neu-" + orgId, "AUDITOR")),
                    "USER", "CREATE", "username", null, "trail-neu-" + orgId);
            case "updateUser" -> {
                long id = RegisterClient.id(r.created("api/v1/admin/users", userJson("trail-alt-" + orgId, "AUDITOR")));
                yield update("api/v1/admin/users/" + id, "{\"username\":\"trail-alt-" + orgId + "\",\"roles\":[\"DPO\"],\"organisationIds\":["
                        + orgId + "],\"enabled\":true}", "USER", "roles[0]", "AUDITOR", "DPO");
            }
            case "changeOwnPassword" -> {
                String name = "trail-passwort-" + orgId;
                r.created("api/v1/admin/users", userJson(name, "AUDITOR"));
                Http user = new Http(admin.base()).with("Authorization", TestAccounts.basic(name, TestAccounts.PASSWORD));
                yield new Scenario(() -> user.put("api/v1/account/password", "{\"currentPassword\":\"" + TestAccounts.PASSWORD
                        + "\",\"newPassword\":\"ein-ganz-neues-Passwort\"}"), "USER", "PASSWORD_CHANGE", "mustChangePassword",
                        "false", "false");
            }
            case "deleteUser" -> {
                long id = RegisterClient.id(r.created("api/v1/admin/users", userJson("trail-weg-" + orgId, "AUDITOR")));
                yield delete(admin, "api/v1/admin/users/" + id, "USER", "username", "trail-weg-" + orgId);
            }
            case "createToken" -> {
                long user = RegisterClient.id(r.created("api/v1/admin/users", "{\"username\":\"trail-token-" + orgId
                        + "\",\"roles\":[\"INTEGRATION\"],\"organisationIds\":[" + orgId + "]}"));
                yield new Scenario(() -> admin.post("api/v1/admin/tokens", "{\"userId\":" + user + ",\"name\":\"Trail-Token\",\"validDays\":5}"),
                        "TOKEN", "CREATE", "name", null, "Trail-Token");
            }
            case "revokeToken" -> {
                long user = RegisterClient.id(r.created("api/v1/admin/users", "{\"username\":\"trail-revoke-" + orgId
                        + "\",\"roles\":[\"INTEGRATION\"],\"organisationIds\":[" + orgId + "]}"));
                long token = RegisterClient.id(r.created("api/v1/admin/tokens", "{\"userId\":" + user + ",\"name\":\"Weg-Token\",\"validDays\":5}"));
                yield new Scenario(() -> admin.delete("api/v1/admin/tokens/" + token), "TOKEN", "REVOKE", "name", "Weg-Token", "Weg-Token");
            }
            case "submitActivity" -> {
                String path = org(orgId, "activities/" + r.activity(orgId, "Zur Prüfung", r.channel(orgId, "K7")));
                yield new Scenario(() -> editor.post(path + "/approval/submit", "", "If-Match", editor.get(path).etag()),
                        "ACTIVITY", "SUBMIT", "approvalState", "DRAFT", "IN_REVIEW");
            }
            case "approveActivity" -> {
                String path = org(orgId, "activities/" + r.activity(orgId, "Zur Genehmigung", r.channel(orgId, "K8")));
                assertEquals(200, editor.post(path + "/approval/submit", "", "If-Match", editor.get(path).etag()).status());
                yield new Scenario(() -> approver.post(path + "/approval/approve", "", "If-Match", approver.get(path).etag()),
                        "ACTIVITY", "APPROVE", "content.name", null, "Zur Genehmigung");
            }
            case "rejectActivity" -> {
                String path = org(orgId, "activities/" + r.activity(orgId, "Zurückgewiesen", r.channel(orgId, "K9")));
                assertEquals(200, editor.post(path + "/approval/submit", "", "If-Match", editor.get(path).etag()).status());
                yield new Scenario(() -> editor.post(path + "/approval/reject", "{\"reason\":\"Löschfrist fehlt\"}", "If-Match",
                        editor.get(path).etag()), "ACTIVITY", "REJECT", "reason", null, "Löschfrist fehlt");
            }
            case "recordReview" -> {
                long channel = r.channel(orgId, "K10");
                yield new Scenario(() -> editor.post(org(orgId, "reviews"), "{\"objectKind\":\"CHANNEL\",\"objectId\":" + channel
                        + ",\"note\":\"Geprüft\"}", "If-Match", editor.get(org(orgId, "channels/" + channel)).etag()),
                        "CHANNEL", "REVIEW", "note", null, "Geprüft");
            }
            default -> null;
        };
    }

    private Scenario update(String path, String json, String kind, String field, String before, String after) {
        Http http = path.contains("/admin/") || path.matches("api/v1/organisations/\\d+") ? admin : editor;
        return new Scenario(() -> http.put(path, json, "If-Match", http.get(path).etag()), kind, "UPDATE", field, before, after);
    }

    private static Scenario delete(Http http, String path, String kind, String field, String before) {
        return new Scenario(() -> http.delete(path, "If-Match", http.get(path).etag()), kind, "DELETE", field, before, null);
    }

    private long syncingChannel(String name) {
        return RegisterClient.id(register.created(org(orgId, "channels"), "{\"name\":\"" + name + "\",\"serviceId\":2,"
                + "\"audience\":\"EXTERNAL\",\"devices\":[\"COMPANY_PHONE\"],\"contactSync\":true,\"backupMode\":\"NONE\",\"status\":\"ACTIVE\"}"));
    }

    private void approve(String path) {
        assertEquals(200, editor.post(path + "/approval/submit", "", "If-Match", editor.get(path).etag()).status());
        Http.Answer approved = approver.post(path + "/approval/approve", "", "If-Match", approver.get(path).etag());
        assertEquals(200, approved.status(), approved::toString);
    }

    private List<String> approvedNames(String day) {
        Http.Answer answer = editor.get(org(orgId, "approved-register") + "?asOf=" + day);
        assertEquals(200, answer.status(), answer::toString);
        return answer.json().getJsonArray("activities").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getJsonObject("content").getString("name")).toList();
    }

    private long latestSeq() {
        JsonObject page = admin.get("api/v1/audit?size=1").json();
        return page.getJsonArray("items").isEmpty() ? 0 : page.getJsonArray("items").getJsonObject(0).getJsonNumber("seq").longValue();
    }

    private List<JsonObject> entriesAfter(long seq) {
        return admin.get("api/v1/audit?size=50").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonNumber("seq").longValue() > seq).toList();
    }

    private static void check(List<String> problems, String operation, String side, JsonObject entry, String field, String expected) {
        String found = value(entry.get(side), field);
        if (!java.util.Objects.equals(expected, found)) {
            problems.add(operation + ": " + side + "." + field + " is " + found + ", expected " + expected + " in " + entry);
        }
    }

    /** A field of a recorded value by path, e.g. "imported.activities" or "roles[0]". */
    private static String value(JsonValue value, String path) {
        JsonValue current = value;
        for (String part : path.split("\\.")) {
            if (current == null || current.getValueType() != JsonValue.ValueType.OBJECT) {
                return null;
            }
            String name = part.replaceAll("\\[\\d+]$", "");
            current = current.asJsonObject().get(name);
            if (part.endsWith("]") && current != null && current.getValueType() == JsonValue.ValueType.ARRAY) {
                int index = Integer.parseInt(part.substring(part.indexOf('[') + 1, part.length() - 1));
                current = current.asJsonArray().size() > index ? current.asJsonArray().get(index) : null;
            }
        }
        if (current == null || current.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return current.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) current).getString() : current.toString();
    }

    private static void update(Connection db, long seq, String name) throws java.sql.SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE audit_entry SET object_name = ? WHERE seq = ?")) {
            update.setString(1, name);
            update.setLong(2, seq);
            assertEquals(1, update.executeUpdate());
        }
    }

    private static String processorJson(String name) {
        return "{\"name\":\"" + name + "\",\"role\":\"PROCESSOR\",\"agreementStatus\":\"SIGNED\",\"country\":\"IE\"}";
    }

    private static String transferJson(String recipient, long channel) {
        return "{\"recipient\":\"" + recipient + "\",\"country\":\"US\",\"mechanism\":\"STANDARD_CONTRACTUAL_CLAUSES\","
                + "\"sccModule\":\"MODULE_2_C2P\",\"channelIds\":[" + channel + "]}";
    }

    private static String measureJson(String title) {
        return "{\"title\":\"" + title + "\",\"art32Letter\":\"B_CONFIDENTIALITY_INTEGRITY_AVAILABILITY\",\"sdmGoal\":\"CONFIDENTIALITY\","
                + "\"status\":\"IMPLEMENTED\"}";
    }

    private static String serviceJson(String code, String name) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"variant\":\"BUSINESS_APP\",\"provider\":\"Test AG\","
                + "\"dpaOffered\":\"NOT_A_PROCESSOR\",\"dpfStatus\":\"NOT_APPLICABLE\",\"e2eeScope\":\"ALWAYS\","
                + "\"addressBookUpload\":\"NONE\",\"backupEncryption\":\"END_TO_END\",\"providerRole\":\"PROCESSOR\","
                + "\"serverRegion\":\"EEA_ONLY\",\"deletionOptions\":\"MANUAL_DELETION_ONLY\",\"facts\":[{\"topic\":\"BACKUP\","
                + "\"state\":\"VERIFIED\",\"textDe\":\"Sicherungen sind Ende-zu-Ende-verschlüsselt.\",\"checkedOn\":\"" + LocalDate.now()
                + "\",\"sources\":[{\"title\":\"Sicherheitsdokumentation\",\"url\":\"https://test.example/security\"}]}]}";
    }

    private static String catalogueMeasureJson(String code, String title) {
        return "{\"code\":\"" + code + "\",\"titleDe\":\"" + title + "\",\"titleEn\":\"" + title + " (en)\","
                + "\"art32Letter\":\"B_CONFIDENTIALITY_INTEGRITY_AVAILABILITY\",\"sdmGoal\":\"CONFIDENTIALITY\",\"messengerSpecific\":false}";
    }

    private static String userJson(String username, String role) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + TestAccounts.PASSWORD + "\",\"roles\":[\"" + role
                + "\"],\"organisationIds\":[]}";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
