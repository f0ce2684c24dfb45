package de.ropa.findings;

import static de.ropa.testing.RegisterClient.org;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.testing.Http;
import de.ropa.testing.RegisterClient;
import de.ropa.testing.TestAccounts;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Findings over the API: the demo register's exact findings, acceptance and re-opening, filters and object endpoints. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FindingsIT {

    static final Path DEMO = Path.of("src/main/resources/demo/demo-register.json");

    /** What the demo register raises on 2026-11-27, as "rule @ object name". */
    static final Set<String> DEMO_FINDINGS = Set.of(
            "ACT-CHANNEL-WITHOUT-TRANSFER @ Abstimmung der Geschäftsleitung",
            "ACT-NEVER-APPROVED @ Abstimmung der Geschäftsleitung",
            "ACT-NEVER-APPROVED @ Baustellendokumentation durch den Außendienst",
            "ACT-NEVER-APPROVED @ Entgegennahme von Krankmeldungen",
            "ACT-NEVER-APPROVED @ Interne Projektkommunikation",
            "ACT-NEVER-APPROVED @ Terminvereinbarung mit Kundinnen und Kunden per WhatsApp Business",
            "ACT-NEVER-APPROVED @ Versand des Innungsrundschreibens im Auftrag der Malerinnung",
            "ACT-NO-BALANCING-TEST @ Baustellendokumentation durch den Außendienst",
            "ACT-NO-TOMS @ Entgegennahme von Krankmeldungen",
            "ACT-PROVIDER-NOT-RECIPIENT @ Entgegennahme von Krankmeldungen",
            "ACT-REVIEW-OVERDUE @ Baustellendokumentation durch den Außendienst",
            "ACT-SPECIAL-NO-DPIA @ Entgegennahme von Krankmeldungen",
            "CH-CONSENT-NOT-RECORDED @ WhatsApp Business – Terminvereinbarung Büro",
            "CH-CONSUMER-APP @ WhatsApp – Baustellenfotos Außendienst",
            "CH-CONSUMER-APP @ WhatsApp – Krankmeldungen an das Personalbüro",
            "CH-CONTACT-SYNC @ WhatsApp Business – Terminvereinbarung Büro",
            "CH-CONTACT-SYNC @ WhatsApp – Baustellenfotos Außendienst",
            "CH-CONTACT-SYNC @ WhatsApp – Krankmeldungen an das Personalbüro",
            "CH-INTERNAL-NO-INFORMATION @ WhatsApp – Baustellenfotos Außendienst",
            "CH-INTERNAL-NO-INFORMATION @ WhatsApp – Krankmeldungen an das Personalbüro",
            "CH-NEVER-REVIEWED @ WhatsApp – Krankmeldungen an das Personalbüro",
            "CH-NO-ART14 @ WhatsApp – Baustellenfotos Außendienst",
            "CH-NOT-IN-PRIVACY-NOTICE @ WhatsApp – Baustellenfotos Außendienst",
            "CH-NOT-IN-PRIVACY-NOTICE @ WhatsApp – Krankmeldungen an das Personalbüro",
            "CH-PRIVATE-DEVICE @ WhatsApp – Baustellenfotos Außendienst",
            "CH-PRIVATE-DEVICE @ WhatsApp – Krankmeldungen an das Personalbüro",
            "CH-REVIEW-OVERDUE @ WhatsApp – Baustellenfotos Außendienst",
            "CH-SERVICE-UNVERIFIED @ Microsoft Teams – interne Projektkommunikation",
            "CH-SERVICE-UNVERIFIED @ Threema Work – Geschäftsleitung",
            "CH-SERVICE-UNVERIFIED @ WhatsApp Business – Terminvereinbarung Büro",
            "CH-SERVICE-UNVERIFIED @ WhatsApp – Baustellenfotos Außendienst",
            "CH-SERVICE-UNVERIFIED @ WhatsApp – Krankmeldungen an das Personalbüro",
            "CH-SPECIAL-CATEGORIES @ WhatsApp – Krankmeldungen an das Personalbüro",
            "CH-UNENCRYPTED-BACKUP @ WhatsApp – Baustellenfotos Außendienst",
            "CH-UNENCRYPTED-BACKUP @ WhatsApp – Krankmeldungen an das Personalbüro",
            "CH-UNKNOWN-ANSWERS @ WhatsApp – Krankmeldungen an das Personalbüro",
            "CH-WORKS-COUNCIL @ Microsoft Teams – interne Projektkommunikation",
            "CH-WORKS-COUNCIL @ WhatsApp – Baustellenfotos Außendienst",
            "CH-WORKS-COUNCIL @ WhatsApp – Krankmeldungen an das Personalbüro",
            "PROC-AGREEMENT-REVIEW-DUE @ WhatsApp Ireland Ltd.",
            "PROC-NO-AGREEMENT @ Schmitz IT-Service e. K.",
            "TR-DPF-AVAILABLE @ WhatsApp LLC",
            "TR-DPF-LEGAL-RISK @ Meta Platforms, Inc.",
            "TR-DPF-NOT-VERIFIED @ Meta Platforms, Inc.",
            "TR-NO-MECHANISM @ WhatsApp LLC",
            "TR-SCC-NO-TIA @ Microsoft Corporation");

    /** Findings the demo's dates bring on later: from that day on they are expected too. */
    static final Map<String, LocalDate> DUE_LATER = Map.ofEntries(
            Map.entry("ACT-REVIEW-OVERDUE @ Entgegennahme von Krankmeldungen", LocalDate.of(2027, 1, 1)),
            Map.entry("CH-REVIEW-OVERDUE @ WhatsApp – Krankmeldungen an das Personalbüro", LocalDate.of(2027, 1, 1)),
            Map.entry("PROC-AGREEMENT-REVIEW-DUE @ Threema GmbH", LocalDate.of(2027, 1, 16)),
            Map.entry("ACT-REVIEW-OVERDUE @ Abstimmung der Geschäftsleitung", LocalDate.of(2027, 2, 2)),
            Map.entry("CH-REVIEW-OVERDUE @ Threema Work – Geschäftsleitung", LocalDate.of(2027, 2, 2)),
            Map.entry("ACT-REVIEW-OVERDUE @ Terminvereinbarung mit Kundinnen und Kunden per WhatsApp Business", LocalDate.of(2027, 3, 2)),
            Map.entry("CH-REVIEW-OVERDUE @ WhatsApp Business – Terminvereinbarung Büro", LocalDate.of(2027, 3, 2)),
            Map.entry("PROC-AGREEMENT-REVIEW-DUE @ Microsoft Ireland Operations Ltd.", LocalDate.of(2027, 5, 11)),
            Map.entry("PROC-AGREEMENT-REVIEW-DUE @ Microsoft Corporation (Unterauftragsverarbeiter)", LocalDate.of(2027, 5, 11)),
            Map.entry("ACT-REVIEW-OVERDUE @ Interne Projektkommunikation", LocalDate.of(2027, 5, 16)),
            Map.entry("CH-REVIEW-OVERDUE @ Microsoft Teams – interne Projektkommunikation", LocalDate.of(2027, 5, 16)),
            Map.entry("ACT-REVIEW-OVERDUE @ Versand des Innungsrundschreibens im Auftrag der Malerinnung", LocalDate.of(2027, 7, 1)));

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
    void theDemoRegisterRaisesExactlyItsGaps() throws Exception {
        long orgId = register.organisation("Befunde Demo");
        assertEquals(200, http.post(org(orgId, "import"), Files.readString(DEMO)).status());

        JsonObject page = http.get(org(orgId, "findings") + "?size=200").json();

        LocalDate today = LocalDate.now();
        Set<String> expected = new TreeSet<>(DEMO_FINDINGS);
        DUE_LATER.forEach((finding, from) -> {
            if (!today.isBefore(from)) {
                expected.add(finding);
            }
        });
        assertEquals(expected, new TreeSet<>(named(page)));
        assertEquals(expected.size(), page.getInt("total"));
        JsonObject open = page.getJsonObject("summary").getJsonObject("open");
        Map<String, Long> bySeverity = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.groupingBy(f -> f.getString("severity"), Collectors.counting()));
        assertEquals(bySeverity.getOrDefault("HIGH", 0L), open.getJsonNumber("high").longValue());
        assertEquals(bySeverity.getOrDefault("MEDIUM", 0L), open.getJsonNumber("medium").longValue());
        assertEquals(11, open.getInt("high"), "11 high findings on the demo register");
        assertEquals(0, page.getJsonObject("summary").getJsonObject("accepted").getInt("total"));

        JsonObject first = page.getJsonArray("items").getJsonObject(0);
        assertEquals("HIGH", first.getString("severity"), "most severe first");
        JsonObject consumer = finding(page, "CH-CONSUMER-APP");
        assertEquals("Verbraucher-Messenger für geschäftliche Kommunikation", consumer.getString("title"));
        assertEquals("Art. 6 Abs. 1 DS-GVO", consumer.getJsonArray("references").getString(0),
                "the consumer app's provider is its own controller: the gap is the legal basis, not Art. 28");
        assertTrue(consumer.getJsonArray("references").getValuesAs(jakarta.json.JsonString.class).stream()
                .noneMatch(r -> r.getString().startsWith("Art. 28")), consumer::toString);
        assertEquals("OPEN", consumer.getString("state"));
        assertEquals("whatsapp-consumer-app", consumer.getJsonObject("facts").getString("service"));

        JsonObject english = http.get(org(orgId, "findings") + "?rule=CH-CONSUMER-APP&lang=en").json();
        assertEquals("Consumer messenger used for business communication",
                english.getJsonArray("items").getJsonObject(0).getString("title"));
        assertEquals(2, english.getInt("total"));
    }

    @Test
    void anAcceptedFindingReopensWhenItsFactsChange() {
        long orgId = register.organisation("Befunde Akzeptanz");
        long channel = channel(orgId, "Kundenservice", 2, true);
        String findingId = "CH-CONTACT-SYNC." + channel;
        assertEquals("OPEN", channelFinding(orgId, channel, "CH-CONTACT-SYNC").getString("state"));

        Http.Answer accepted = http.post(org(orgId, "findings/" + findingId + "/accept"),
                "{\"justification\":\"Nur Diensthandys mit leerem Adressbuch; Risiko bis Umstellung Q1 akzeptiert.\"}");
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals("ACCEPTED", accepted.json().getString("state"));
        assertEquals(TestAccounts.EDITOR, accepted.json().getJsonObject("acceptance").getString("acceptedBy"));
        JsonObject summary = http.get(org(orgId, "findings")).json().getJsonObject("summary");
        assertEquals(1, summary.getJsonObject("accepted").getInt("high"));
        assertEquals(1, http.get(org(orgId, "findings") + "?state=ACCEPTED").json().getInt("total"));

        updateChannel(orgId, channel, "Kundenservice (umbenannt)", 2);
        assertEquals("ACCEPTED", channelFinding(orgId, channel, "CH-CONTACT-SYNC").getString("state"),
                "a change the rule does not look at keeps the acceptance");

        updateChannel(orgId, channel, "Kundenservice (umbenannt)", 1);
        JsonObject reopened = channelFinding(orgId, channel, "CH-CONTACT-SYNC");
        assertEquals("OPEN", reopened.getString("state"), "the service behind the finding changed");
        assertEquals("whatsapp-business-app", reopened.getJsonObject("lapsedAcceptance").getJsonObject("facts").getString("service"));
        assertEquals("whatsapp-consumer-app", reopened.getJsonObject("facts").getString("service"));

        assertEquals(200, http.post(org(orgId, "findings/" + findingId + "/accept"),
                "{\"justification\":\"Übergangsweise erneut akzeptiert.\"}").status());
        Http.Answer reopen = http.post(org(orgId, "findings/" + findingId + "/reopen"),
                "{\"justification\":\"Umstellung verschoben, Risiko neu bewerten.\"}");
        assertEquals(200, reopen.status(), reopen::toString);
        assertEquals("OPEN", reopen.json().getString("state"));
        assertFalse(reopen.json().containsKey("lapsedAcceptance") && !reopen.json().isNull("lapsedAcceptance"));
        assertEquals(409, http.post(org(orgId, "findings/" + findingId + "/reopen"), "{\"justification\":\"nochmal\"}").status());
    }

    @Test
    void acceptingNeedsAJustificationAndARaisedFinding() {
        long orgId = register.organisation("Befunde Fehler");
        long channel = channel(orgId, "Ohne Sync", 2, false);
        Http.Answer blank = http.post(org(orgId, "findings/CH-CONTACT-SYNC." + channel + "/accept"), "{\"justification\":\" \"}");
        assertEquals(400, blank.status(), blank::toString);
        assertTrue(blank.body().contains("justification"), blank::toString);
        Http.Answer notRaised = http.post(org(orgId, "findings/CH-CONTACT-SYNC." + channel + "/accept"), "{\"justification\":\"x\"}");
        assertEquals(404, notRaised.status(), notRaised::toString);
        assertEquals(404, http.post(org(orgId, "findings/NO-SUCH-RULE." + channel + "/accept"), "{\"justification\":\"x\"}").status());
        assertEquals(404, http.post(org(orgId, "findings/garbage/accept"), "{\"justification\":\"x\"}").status());
    }

    @Test
    void aCatalogueFactChangedAfterTheReviewFlagsTheChannel() {
        long orgId = register.organisation("Befunde Katalog");
        String code = "findings-test-" + orgId;
        String service = "{\"code\":\"" + code + "\",\"name\":\"Prüfmessenger\",\"variant\":\"BUSINESS_APP\",\"provider\":\"Test AG\","
                + "\"dpaOffered\":\"NOT_A_PROCESSOR\",\"dpfStatus\":\"NOT_APPLICABLE\",\"e2eeScope\":\"ALWAYS\","
                + "\"addressBookUpload\":\"NONE\",\"backupEncryption\":\"END_TO_END\",\"providerRole\":\"PROCESSOR\","
                + "\"serverRegion\":\"EEA_ONLY\",\"deletionOptions\":\"MANUAL_DELETION_ONLY\"}";
        JsonObject created = register.created("api/v1/catalogue/messenger-services", service);
        long serviceId = RegisterClient.id(created);
        long channel = channel(orgId, "Prüfkanal", serviceId, false);
        assertFalse(ruleIds(orgId, channel).contains("CH-SERVICE-CHANGED"));

        Http.Answer changed = http.put("api/v1/catalogue/messenger-services/" + serviceId,
                service.replace("\"addressBookUpload\":\"NONE\"", "\"addressBookUpload\":\"WHEN_PERMITTED\""),
                "If-Match", "\"" + created.getJsonNumber("version") + "\"");
        assertEquals(200, changed.status(), changed::toString);

        assertTrue(ruleIds(orgId, channel).contains("CH-SERVICE-CHANGED"), () -> ruleIds(orgId, channel).toString());
    }

    /** The organisation type, from the form's field through the API and the owner's facts into a rule. */
    @Test
    void aPublicBodyWithoutAReachableDpoRaisesTheHighFindingInsteadOfTheGeneralOne() {
        long orgId = register.organisation("Gemeinde Musterstadt");
        String findings = org(orgId, "findings") + "?objectKind=ORGANISATION";
        assertEquals(Set.of("ORG-CONTROLLER-INCOMPLETE", "ORG-NO-DPO"), ids(http.get(findings).json()));

        Http.Answer current = http.get("api/v1/organisations/" + orgId);
        Http.Answer changed = http.put("api/v1/organisations/" + orgId,
                "{\"name\":\"Gemeinde Musterstadt\",\"organisationType\":\"PUBLIC_BODY\"}",
                "If-Match", current.header("ETag").orElseThrow());
        assertEquals(200, changed.status(), changed::toString);
        assertEquals("PUBLIC_BODY", changed.json().getString("organisationType"));

        JsonObject page = http.get(findings).json();
        assertEquals(Set.of("ORG-CONTROLLER-INCOMPLETE", "ORG-PUBLIC-BODY-NO-DPO"), ids(page));
        JsonObject publicBody = finding(page, "ORG-PUBLIC-BODY-NO-DPO");
        assertEquals("HIGH", publicBody.getString("severity"));
        assertEquals("PUBLIC_BODY", publicBody.getJsonObject("facts").getString("type"));
        assertTrue(publicBody.getJsonArray("references").getString(0).startsWith("Art. 37 Abs. 1 lit. a"), publicBody::toString);
    }

    @Test
    void filtersObjectEndpointsAndTheRuleCatalogue() {
        long orgId = register.organisation("Befunde Filter");
        long other = register.organisation("Befunde Fremd");
        long channel = channel(orgId, "Gefiltert", 1, true);
        long activity = register.activity(orgId, "Ohne Maßnahmen", channel);

        JsonObject high = http.get(org(orgId, "findings") + "?severity=high&objectKind=CHANNEL").json();
        assertTrue(high.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(f -> f.getString("severity").equals("HIGH") && f.getString("objectKind").equals("CHANNEL")), high::toString);
        assertEquals(Set.of("CH-CONSUMER-APP", "CH-CONTACT-SYNC"), ids(high));
        // over the WhatsApp consumer app (US-hosted) without a transfer, naming no recipient, never approved
        Set<String> activityRules = Set.of("ACT-NO-TOMS", "ACT-CHANNEL-WITHOUT-TRANSFER", "ACT-PROVIDER-NOT-RECIPIENT",
                "ACT-NEVER-APPROVED");
        assertEquals(activityRules, ids(http.get(org(orgId, "activities/" + activity + "/findings")).json()));
        assertEquals(activityRules, ids(http.get(org(orgId, "findings") + "?objectKind=ACTIVITY&objectId=" + activity).json()));

        Http.Answer badFilter = http.get(org(orgId, "findings") + "?severity=urgent&state=maybe&rule=XYZ");
        assertEquals(400, badFilter.status());
        assertTrue(badFilter.body().contains("severity") && badFilter.body().contains("state") && badFilter.body().contains("rule"),
                badFilter::toString);
        assertEquals(404, http.get(org(other, "channels/" + channel + "/findings")).status(), "another organisation's channel");
        assertEquals(404, http.get(org(orgId, "processors/" + channel + "/findings")).status(), "no such processor");

        TestAccounts.ensureUser(http.base(), "findings-dpo-" + orgId, "[\"DPO\"]", "[" + orgId + "," + other + "]");
        Http dpo = new Http(http.base()).with("Authorization", TestAccounts.basic("findings-dpo-" + orgId, TestAccounts.PASSWORD));
        JsonObject all = dpo.get("api/v1/findings?size=200").json();
        assertTrue(all.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(f -> f.getJsonNumber("organisationId").longValue() == orgId
                        || f.getJsonNumber("organisationId").longValue() == other), all::toString);
        assertTrue(ids(all).contains("CH-CONSUMER-APP"));

        JsonObject rules = http.get("api/v1/catalogue/rules?lang=en").json();
        assertTrue(rules.getInt("total") >= 18);
        JsonObject rule = http.get("api/v1/catalogue/rules/TR-SCC-NO-TIA", "Accept-Language", "en").json();
        assertEquals("TRANSFER", rule.getString("objectKind"));
        assertTrue(rule.getJsonArray("references").toString().contains("C-311/18"), rule::toString);
        assertEquals(404, http.get("api/v1/catalogue/rules/NOPE").status());
    }

    private long channel(long orgId, String name, long serviceId, boolean contactSync) {
        return RegisterClient.id(register.created(org(orgId, "channels"), channelJson(name, serviceId, contactSync)));
    }

    private static String channelJson(String name, long serviceId, boolean contactSync) {
        return "{\"name\":\"" + name + "\",\"serviceId\":" + serviceId + ",\"audience\":\"INTERNAL\",\"devices\":[\"COMPANY_PHONE\"],"
                + "\"contactSync\":" + contactSync + ",\"backupMode\":\"NONE\",\"inPrivacyNotice\":true,\"status\":\"PLANNED\","
                + "\"lastReviewedOn\":\"" + LocalDate.now().minusDays(1) + "\"}";
    }

    private void updateChannel(long orgId, long channel, String name, long serviceId) {
        Http.Answer current = http.get(org(orgId, "channels/" + channel));
        Http.Answer updated = http.put(org(orgId, "channels/" + channel), channelJson(name, serviceId, true),
                "If-Match", current.header("ETag").orElseThrow());
        assertEquals(200, updated.status(), updated::toString);
    }

    private JsonObject channelFinding(long orgId, long channel, String rule) {
        JsonObject page = http.get(org(orgId, "channels/" + channel + "/findings")).json();
        return finding(page, rule);
    }

    private Set<String> ruleIds(long orgId, long channel) {
        return ids(http.get(org(orgId, "channels/" + channel + "/findings")).json());
    }

    private static JsonObject finding(JsonObject page, String rule) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("ruleId").equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError(rule + " not in " + page));
    }

    private static Set<String> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("ruleId")).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> named(JsonObject page) {
        List<String> names = new ArrayList<>();
        page.getJsonArray("items").getValuesAs(JsonObject.class)
                .forEach(f -> names.add(f.getString("ruleId") + " @ " + f.getString("objectName")));
        return names;
    }
}
