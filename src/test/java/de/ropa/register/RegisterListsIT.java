package de.ropa.register;

import static de.ropa.testing.RegisterClient.org;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.spreadsheets.TestWorkbooks;
import de.ropa.testing.Http;
import de.ropa.testing.RegisterClient;
import de.ropa.testing.TestAccounts;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The activities list answers what the register holds, page by page: every sort order, filter and total of a
 * generated register is compared with what the test computes from the register itself, and every change (through
 * the API, an approval, a review, a spreadsheet import) shows in the very next read, while a rehearsed or refused
 * import leaves the list as it was. Lists are kept ready between changes of the register; this is what keeps them
 * honest.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegisterListsIT {

    static final int ACTIVITIES = 230;
    /** Values that sort alike under every database collation (names differ first in zero-padded digits). */
    static final List<String> DEPARTMENTS = List.of("Einkauf", "Personal", "Technik", "Vertrieb");
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final Set<String> RESPONSE_ONLY = Set.of("id", "version", "organisationId", "approvalState", "createdAt",
            "updatedAt");

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
    void everySortOrderFilterPageAndTotalIsThatOfTheRegister() {
        long org = generatedRegister("Listenprüfung GmbH", ACTIVITIES);
        List<JsonObject> all = allActivities(org);
        assertEquals(ACTIVITIES, all.size());
        assertEquals(names(ACTIVITIES), all.stream().map(a -> a.getString("name")).collect(Collectors.toSet()));
        long secondChannel = channelIds(org).get(1);

        for (String sort : List.of("name", "-name", "department,name", "status,-name", "recordType,department",
                "nextReviewOn", "-nextReviewOn,name", "createdAt", "-updatedAt", "department,-nextReviewOn")) {
            assertPages(org, "sort=" + sort, ordered(all, sort), 37);
        }
        Map<String, Predicate<JsonObject>> filters = Map.of(
                "status=DRAFT", a -> a.getString("status").equals("DRAFT"),
                "status=retired", a -> a.getString("status").equals("RETIRED"),
                "channel=" + secondChannel, a -> a.getJsonArray("channelIds").getJsonNumber(0).longValue() == secondChannel
                        || a.getJsonArray("channelIds").stream().anyMatch(id -> ((jakarta.json.JsonNumber) id).longValue() == secondChannel),
                "q=RUECKRUF", a -> contains(a, "rueckruf"),
                "q=terminabsprache", a -> contains(a, "terminabsprache"),
                "q=vorgang%2001", a -> contains(a, "vorgang 01"),
                "q=rueckruf&status=ACTIVE&channel=" + secondChannel, a -> contains(a, "rueckruf")
                        && a.getString("status").equals("ACTIVE") && a.getJsonArray("channelIds").stream()
                        .anyMatch(id -> ((jakarta.json.JsonNumber) id).longValue() == secondChannel));
        filters.forEach((filter, keep) -> {
            List<JsonObject> expected = all.stream().filter(keep).toList();
            assertFalse(expected.isEmpty(), "the register has activities for " + filter);
            assertPages(org, filter, expected, 50);
            assertPages(org, filter + "&sort=-name", ordered(expected, "-name"), 11);
        });

        JsonObject beyond = http.get(org(org, "activities?page=40&size=50&sort=name")).json();
        assertEquals(0, beyond.getJsonArray("items").size());
        assertEquals(ACTIVITIES, beyond.getInt("total"));
        JsonObject one = http.get(org(org, "activities?page=117&size=1&sort=-name")).json();
        assertEquals(ordered(all, "-name").get(117).getString("name"),
                one.getJsonArray("items").getJsonObject(0).getString("name"));
        long other = generatedRegister("Andere Organisation AG", 5);
        assertEquals(5, http.get(org(other, "activities?sort=name")).json().getInt("total"));
        assertEquals(ACTIVITIES, http.get(org(org, "activities?sort=name")).json().getInt("total"));
    }

    @Test
    void everyChangeShowsInTheNextRead() {
        long org = generatedRegister("Änderungen sichtbar GmbH", 40);
        String byName = org(org, "activities?size=10&sort=name");
        assertEquals(http.get(byName).body(), http.get(byName).body(), "the same page twice while nothing changes");
        JsonObject last = http.get(org(org, "activities?size=1&sort=-name")).json().getJsonArray("items").getJsonObject(0);

        JsonObject renamed = replace(org, last, a -> a.add("name", "Vorgang 000 an den Anfang"));
        JsonObject first = firstItem(byName);
        assertEquals("Vorgang 000 an den Anfang", first.getString("name"));
        assertEquals(renamed.getInt("version"), first.getInt("version"));
        assertEquals(40, http.get(byName).json().getInt("total"));
        assertEquals(last.getInt("id"), firstItem(org(org, "activities?size=5&sort=-updatedAt")).getInt("id"));

        long deleted = firstItem(org(org, "activities?size=1&sort=-name")).getInt("id");
        Http.Answer read = http.get(org(org, "activities/" + deleted));
        assertEquals(204, http.delete(org(org, "activities/" + deleted), "If-Match", read.etag()).status());
        assertEquals(39, http.get(byName).json().getInt("total"));
        assertTrue(allActivities(org).stream().noneMatch(a -> a.getInt("id") == deleted));

        long channel = channelIds(org).get(0);
        // with a review date: where activities without one sort differs between databases
        JsonObject created = Json.createObjectBuilder(Json.createReader(new java.io.StringReader(
                RegisterClient.activityJson("Vorgang 999 neu angelegt", channel))).readObject())
                .add("nextReviewOn", LocalDate.now().plusDays(10).toString()).build();
        assertEquals(201, http.post(org(org, "activities"), created.toString()).status());
        assertEquals(40, http.get(byName).json().getInt("total"));
        assertEquals("Vorgang 999 neu angelegt", firstItem(org(org, "activities?size=1&sort=-name")).getString("name"));
        assertEquals(1, http.get(org(org, "activities?q=neu%20angelegt")).json().getInt("total"));

        JsonObject submitted = firstItem(byName);
        Http.Answer current = http.get(org(org, "activities/" + submitted.getInt("id")));
        assertEquals(200, http.post(org(org, "activities/" + submitted.getInt("id") + "/approval/submit"), "",
                "If-Match", current.etag()).status());
        assertEquals("IN_REVIEW", firstItem(byName).getString("approvalState"));

        JsonObject reviewed = firstItem(org(org, "activities?size=1&sort=nextReviewOn"));
        current = http.get(org(org, "activities/" + reviewed.getInt("id")));
        String later = LocalDate.now().plusYears(5).toString();
        Http.Answer review = http.post(org(org, "reviews"), Json.createObjectBuilder().add("objectKind", "ACTIVITY")
                .add("objectId", reviewed.getInt("id")).add("nextReviewOn", later).build().toString(), "If-Match", current.etag());
        assertEquals(200, review.status(), review::toString);
        JsonObject nowLast = firstItem(org(org, "activities?size=1&sort=-nextReviewOn"));
        assertEquals(reviewed.getInt("id"), nowLast.getInt("id"));
        assertEquals(later, nowLast.getString("nextReviewOn"));
    }

    @Test
    void aRehearsedOrRefusedImportLeavesTheListAsItWas() {
        long org = generatedRegister("Probelauf GmbH", 12);
        String page = org(org, "activities?size=50&sort=name");
        String before = http.get(page).body();

        Http.Answer preview = http.upload(org(org, "import/spreadsheet/preview"), XLSX, TestWorkbooks.messyGerman());
        assertEquals(200, preview.status(), preview::toString);
        assertTrue(preview.json().getBoolean("ready"), preview::toString);
        assertEquals(before, http.get(page).body(), "a preview rehearses the import and keeps nothing");

        Http.Answer refused = http.upload(org(org, "import/spreadsheet"), XLSX, TestWorkbooks.withMistakes());
        assertEquals(400, refused.status(), refused::toString);
        assertEquals(before, http.get(page).body(), "a refused import keeps nothing");

        assertEquals(200, http.upload(org(org, "import/spreadsheet"), XLSX, TestWorkbooks.messyGerman()).status());
        JsonObject after = http.get(page).json();
        assertEquals(15, after.getInt("total"));
        assertEquals(15, after.getJsonArray("items").size());
    }

    /**
     * The findings of a whole organisation are kept between changes and not sorted again for a list in their default
     * order: every sort order, filter, page, total and the summary are compared with the findings as read.
     */
    @Test
    void everyFindingsSortFilterPageTotalAndSummaryIsThatOfTheFindings() {
        long org = generatedRegister("Befundliste GmbH", 120);
        List<JsonObject> all = allFindings(org);
        assertTrue(all.size() > 120, "the generated register raises findings: " + all.size());
        assertEquals(ids(findingsOrdered(all, "")), ids(all), "the default order: severity, rule, object");

        for (String sort : List.of("severity", "-severity", "rule", "-rule", "kind", "-kind", "object", "-object", "state")) {
            assertFindingPages(org, "sort=" + sort, findingsOrdered(all, sort), 37);
        }
        String someRule = all.get(all.size() / 2).getString("ruleId");
        Map<String, Predicate<JsonObject>> filters = Map.of(
                "severity=MEDIUM", f -> f.getString("severity").equals("MEDIUM"),
                "objectKind=ACTIVITY", f -> f.getString("objectKind").equals("ACTIVITY"),
                "state=OPEN", f -> f.getString("state").equals("OPEN"),
                "rule=" + someRule, f -> f.getString("ruleId").equals(someRule),
                "severity=HIGH,LOW&objectKind=CHANNEL", f -> Set.of("HIGH", "LOW").contains(f.getString("severity"))
                        && f.getString("objectKind").equals("CHANNEL"));
        filters.forEach((filter, keep) -> {
            List<JsonObject> expected = all.stream().filter(keep).toList();
            assertFalse(expected.isEmpty(), "the register has findings for " + filter);
            assertFindingPages(org, filter, expected, 50);
            assertFindingPages(org, filter + "&sort=-object", findingsOrdered(expected, "-object"), 11);
        });

        JsonObject summary = http.get(org(org, "findings?size=1")).json().getJsonObject("summary");
        for (String state : List.of("OPEN", "ACCEPTED")) {
            JsonObject counts = summary.getJsonObject(state.toLowerCase(Locale.ROOT));
            assertEquals(all.stream().filter(f -> f.getString("state").equals(state)).count(), counts.getInt("total"), state);
            for (String severity : List.of("HIGH", "MEDIUM", "LOW", "INFO")) {
                assertEquals(all.stream().filter(f -> f.getString("state").equals(state)
                        && f.getString("severity").equals(severity)).count(),
                        counts.getInt(severity.toLowerCase(Locale.ROOT)), state + " " + severity);
            }
        }

        JsonObject activity = firstItem(org(org, "activities?size=1&sort=name"));
        replace(org, activity, a -> a.add("name", "Umbenannt für die Befunde"));
        List<JsonObject> renamed = allFindings(org).stream().filter(f -> f.getString("objectKind").equals("ACTIVITY")
                && f.getJsonNumber("objectId").longValue() == activity.getInt("id")).toList();
        assertFalse(renamed.isEmpty(), "the activity raises findings");
        assertTrue(renamed.stream().allMatch(f -> f.getString("objectName").equals("Umbenannt für die Befunde")),
                "the next read shows the change: " + renamed);
        assertEquals("Umbenannt für die Befunde", firstItem(org(org, "findings?objectKind=ACTIVITY&sort=object&size=1"))
                .getString("objectName"), "and sorts it anew");
    }

    /** The findings' order (FindingService.order): the requested key, then severity, rule, object name, kind and id. */
    static List<JsonObject> findingsOrdered(List<JsonObject> findings, String sort) {
        List<String> severities = List.of("HIGH", "MEDIUM", "LOW", "INFO");
        List<String> kinds = List.of("ORGANISATION", "ACTIVITY", "CHANNEL", "PROCESSOR", "TRANSFER");
        Map<String, Comparator<JsonObject>> keys = Map.of(
                "severity", Comparator.comparing(f -> severities.indexOf(f.getString("severity"))),
                "rule", Comparator.comparing(f -> f.getString("ruleId")),
                "kind", Comparator.comparing(f -> kinds.indexOf(f.getString("objectKind"))),
                "object", Comparator.<JsonObject, String>comparing(f -> f.getString("objectName"), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(f -> kinds.indexOf(f.getString("objectKind")))
                        .thenComparing(f -> f.getJsonNumber("objectId").longValue()),
                "state", Comparator.comparing(f -> List.of("OPEN", "ACCEPTED").indexOf(f.getString("state"))));
        Comparator<JsonObject> tail = keys.get("severity").thenComparing(keys.get("rule")).thenComparing(keys.get("object"))
                .thenComparing(f -> f.getJsonNumber("objectId").longValue());
        if (sort.isEmpty()) {
            return findings.stream().sorted(tail).toList();
        }
        boolean descending = sort.startsWith("-");
        Comparator<JsonObject> chosen = keys.get(descending ? sort.substring(1) : sort);
        return findings.stream().sorted((descending ? chosen.reversed() : chosen).thenComparing(tail)).toList();
    }

    private List<JsonObject> allFindings(long org) {
        return allItems(org, "findings");
    }

    private void assertFindingPages(long org, String query, List<JsonObject> expected, int size) {
        assertListPages(org, "findings", query, expected, size, f -> f.getString("id"));
    }

    private static List<String> ids(List<JsonObject> findings) {
        return findings.stream().map(f -> f.getString("id")).toList();
    }

    /** Walks every page of the activities list and compares the ids, in order, and the total. */
    private void assertPages(long org, String query, List<JsonObject> expected, int size) {
        assertListPages(org, "activities", query, expected, size, a -> a.getInt("id"));
    }

    /** Walks every page of one of the organisation's lists and compares the items' ids, in order, and the total. */
    private void assertListPages(long org, String list, String query, List<JsonObject> expected, int size,
                                 java.util.function.Function<JsonObject, Object> id) {
        List<Object> seen = new ArrayList<>();
        for (int page = 0; page * size < expected.size() + size; page++) {
            JsonObject answer = http.get(org(org, list + "?" + query + "&size=" + size + "&page=" + page)).json();
            assertEquals(expected.size(), answer.getInt("total"), query);
            answer.getJsonArray("items").forEach(item -> seen.add(id.apply(item.asJsonObject())));
        }
        assertEquals(expected.stream().map(id).toList(), seen, query + " (ids in order, page size " + size + ")");
    }

    /** The order a sort parameter asks for, ties broken by id, computed from the activities as read. */
    static List<JsonObject> ordered(List<JsonObject> activities, String sort) {
        Comparator<JsonObject> order = null;
        for (String term : sort.split(",")) {
            boolean descending = term.startsWith("-");
            String property = descending ? term.substring(1) : term;
            Comparator<JsonObject> byProperty = Comparator.comparing(a -> a.getString(property, ""));
            byProperty = descending ? byProperty.reversed() : byProperty;
            order = order == null ? byProperty : order.thenComparing(byProperty);
        }
        return activities.stream().sorted(order.thenComparing(a -> a.getInt("id"))).toList();
    }

    private static boolean contains(JsonObject activity, String text) {
        String all = activity.getString("name") + "\n" + activity.getString("description", "") + "\n"
                + activity.getJsonArray("purposes").stream().map(p -> p.asJsonObject().getString("description"))
                .collect(Collectors.joining("\n"));
        return all.toLowerCase(Locale.ROOT).contains(text);
    }

    private List<JsonObject> allActivities(long org) {
        return allItems(org, "activities");
    }

    /** Every item of one of the organisation's lists, read in pages of 200. */
    private List<JsonObject> allItems(long org, String list) {
        List<JsonObject> all = new ArrayList<>();
        JsonObject page;
        int number = 0;
        do {
            page = http.get(org(org, list + "?size=200&page=" + number++)).json();
            page.getJsonArray("items").forEach(item -> all.add(item.asJsonObject()));
        } while (all.size() < page.getInt("total") && !page.getJsonArray("items").isEmpty());
        return all;
    }

    private List<Long> channelIds(long org) {
        return http.get(org(org, "channels?sort=name")).json().getJsonArray("items").stream()
                .map(c -> c.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private JsonObject firstItem(String path) {
        return http.get(path).json().getJsonArray("items").getJsonObject(0);
    }

    /** Replaces an activity with its own fields as read, changed by {@code change}. */
    private JsonObject replace(long org, JsonObject activity, java.util.function.Consumer<JsonObjectBuilder> change) {
        Http.Answer current = http.get(org(org, "activities/" + activity.getInt("id")));
        JsonObjectBuilder body = Json.createObjectBuilder();
        current.json().forEach((name, value) -> {
            if (!RESPONSE_ONLY.contains(name)) {
                body.add(name, value);
            }
        });
        change.accept(body);
        Http.Answer replaced = http.put(org(org, "activities/" + activity.getInt("id")), body.build().toString(),
                "If-Match", current.etag());
        assertEquals(200, replaced.status(), replaced::toString);
        return replaced.json();
    }

    static Set<String> names(int count) {
        Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < count; i++) {
            names.add(name(i));
        }
        return names;
    }

    static String name(int i) {
        return "Vorgang %03d %s".formatted(i + 1, DEPARTMENTS.get(i % DEPARTMENTS.size()));
    }

    /** A new organisation with a register of {@code count} activities on three channels, imported as one document. */
    private long generatedRegister(String name, int count) {
        long org = register.organisation(name);
        LocalDate today = LocalDate.now();
        JsonArrayBuilder channels = Json.createArrayBuilder();
        List<String> services = List.of("whatsapp-business-app", "microsoft-teams", "threema-work");
        for (int c = 0; c < services.size(); c++) {
            channels.add(Json.createObjectBuilder().add("key", "C" + c).add("name", "Kanal " + (char) ('A' + c))
                    .add("serviceCode", services.get(c)).add("audience", "EXTERNAL")
                    .add("devices", Json.createArrayBuilder().add("COMPANY_PHONE")).add("contactSync", false)
                    .add("backupMode", "NONE").add("art13Information", true).add("imprintInProfile", true)
                    .add("inPrivacyNotice", true).add("specialCategories", false).add("purposeSummary", "Kundenkontakt")
                    .add("owner", "Leitung").add("status", "ACTIVE"));
        }
        JsonArrayBuilder activities = Json.createArrayBuilder();
        for (int i = 0; i < count; i++) {
            JsonArrayBuilder channelKeys = Json.createArrayBuilder().add("C" + i % 3);
            if (i % 4 == 1) {
                channelKeys.add("C" + (i + 1) % 3);
            }
            activities.add(Json.createObjectBuilder().add("key", "A" + i).add("name", name(i))
                    .add("recordType", i % 9 == 4 ? "PROCESSOR" : "CONTROLLER")
                    .add("clientController", "Auftraggeberin " + i)
                    .add("description", i % 7 == 3 ? "Rueckruf-Liste der Kundschaft" : "Abstimmung im Team")
                    .add("department", DEPARTMENTS.get(i * 7 % DEPARTMENTS.size()))
                    .add("purposes", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("description", i % 5 == 2 ? "Terminabsprache mit Kunden" : "Rückfragen klären")
                            .add("legalBasis", "B_CONTRACT")))
                    .add("subjectCategories", Json.createArrayBuilder().add("Kundinnen und Kunden"))
                    .add("dataCategories", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Telefonnummer")
                            .add("specialCategory", false).add("erasurePeriod", "6 Monate")))
                    .add("channelKeys", channelKeys)
                    .add("status", i % 11 == 10 ? "RETIRED" : i % 5 == 0 ? "DRAFT" : "ACTIVE")
                    .add("lastReviewedOn", today.minusDays(30).toString())
                    .add("nextReviewOn", today.plusDays(i * 37 % 400).toString()));
        }
        JsonObject document = Json.createObjectBuilder().add("format", "ropa-register").add("formatVersion", 3)
                .add("organisation", Json.createObjectBuilder().add("name", name).add("jointControllers", JsonValue.EMPTY_JSON_ARRAY))
                .add("measures", JsonValue.EMPTY_JSON_ARRAY).add("channels", channels)
                .add("processors", JsonValue.EMPTY_JSON_ARRAY).add("transfers", JsonValue.EMPTY_JSON_ARRAY)
                .add("activities", activities).build();
        Http.Answer imported = http.post(org(org, "import"), document.toString());
        assertEquals(200, imported.status(), imported::toString);
        return org;
    }
}
