package de.ropa.findings;

import static de.ropa.testing.RegisterClient.org;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.testing.Http;
import de.ropa.testing.RegisterClient;
import de.ropa.testing.TestAccounts;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A register of our own, built over the API as an integrator would, not the demo: a general practice (health care)
 * with a team chat on Threema Work that is recorded completely and raises nothing, and appointment reminders over the
 * WhatsApp consumer app that raise exactly the gaps a DPO would name, including the cross-checks between channel,
 * activity, recipients, transfers and the catalogue.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScenarioIT {

    /** Every finding the scenario must raise, as "rule @ object"; nothing else may appear. */
    static final Set<String> EXPECTED = Set.of(
            // the appointment channel: a consumer app in health care, used on private phones, half answered
            "CH-CONSUMER-APP @ WhatsApp – Terminerinnerungen",
            "CH-CONSUMER-APP-HEALTH-CARE @ WhatsApp – Terminerinnerungen",
            "CH-CONTACT-SYNC @ WhatsApp – Terminerinnerungen",
            "CH-PRIVATE-DEVICE @ WhatsApp – Terminerinnerungen",
            "CH-BUSINESS-RECORDS @ WhatsApp – Terminerinnerungen",
            "CH-UNKNOWN-ANSWERS @ WhatsApp – Terminerinnerungen",
            "CH-NO-ART13 @ WhatsApp – Terminerinnerungen",
            "CH-NOT-IN-PRIVACY-NOTICE @ WhatsApp – Terminerinnerungen",
            "CH-SERVICE-UNVERIFIED @ WhatsApp – Terminerinnerungen",
            "CH-NEVER-REVIEWED @ WhatsApp – Terminerinnerungen",
            // the activity over it names neither WhatsApp as recipient nor was it ever approved
            "ACT-PROVIDER-NOT-RECIPIENT @ Terminerinnerungen an Patientinnen und Patienten",
            "ACT-NEVER-APPROVED @ Terminerinnerungen an Patientinnen und Patienten",
            // the team chat's activity: complete, but still cites § 26 BDSG and was never approved
            "ACT-BDSG-26-BASIS @ Abstimmung im Praxisteam",
            "ACT-NEVER-APPROVED @ Abstimmung im Praxisteam",
            // the transfer to WhatsApp LLC has no mechanism, although the catalogue says it is DPF-certified
            "TR-NO-MECHANISM @ WhatsApp LLC",
            "TR-DPF-AVAILABLE @ WhatsApp LLC");

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
    void aPracticeRegisterRaisesExactlyItsGapsAndTheCompleteChannelNone() {
        LocalDate today = LocalDate.now();
        long org = RegisterClient.id(register.created("api/v1/organisations", """
                {"name":"Hausarztpraxis Dr. Lehmann","organisationType":"HEALTH_CARE","street":"Lindenstraße 4",
                 "postalCode":"04109","city":"Leipzig","country":"DE","email":"praxis@lehmann.example",
                 "phone":"+49 341 555 0100","dpoKind":"EXTERNAL","dpoName":"Anja Vogt","dpoEmail":"dsb@vogt.example"}"""));
        long threemaWork = serviceId("threema-work");
        long whatsapp = serviceId("whatsapp-consumer-app");

        long team = RegisterClient.id(register.created(org(org, "channels"), """
                {"name":"Threema Work – Praxisteam","serviceId":%d,"audience":"INTERNAL","devices":["COMPANY_PHONE"],
                 "contactSync":"NO","backupMode":"END_TO_END_ENCRYPTED","art13Information":"YES",
                 "art13How":"Beschäftigteninformation bei der Einstellung","inPrivacyNotice":true,"thirdPartyData":"NO",
                 "worksAgreement":"YES","status":"ACTIVE","lastReviewedOn":"%s","nextReviewOn":"%s",
                 "deviations":[{"topic":"DPF_CERTIFICATION","statement":"Keine Übermittlung in die USA: Server in Zürich, Push über Threema Gateway","evidence":"AVV Threema Work vom 21.02.2025, Anlage TOM"},
                               {"topic":"DELETION","statement":"Chats werden nach 90 Tagen per Richtlinie gelöscht","evidence":"Threema-Work-Richtlinie der Praxis, Stand 2026"}]}"""
                .formatted(threemaWork, today.minusDays(1), today.plusYears(1))));
        long threemaGmbh = RegisterClient.id(register.created(org(org, "processors"), """
                {"name":"Threema GmbH","city":"Pfäffikon SZ","country":"CH","role":"PROCESSOR","agreementStatus":"SIGNED",
                 "signedOn":"2025-03-01","reviewOn":"%s","documentReference":"AVV Threema Work vom 21.02.2025",
                 "serviceIds":[%d],"channelIds":[%d]}""".formatted(today.plusYears(1), threemaWork, team)));
        long toSwitzerland = RegisterClient.id(register.created(org(org, "transfers"), """
                {"recipient":"Threema GmbH","country":"CH","processorId":%d,"mechanism":"ADEQUACY_DECISION","channelIds":[%d]}"""
                .formatted(threemaGmbh, team)));
        long measure = register.measure(org, "Nur dienstliche Geräte mit Gerätesperre");
        register.created(org(org, "activities"), """
                {"name":"Abstimmung im Praxisteam","recordType":"CONTROLLER","status":"ACTIVE",
                 "purposes":[{"description":"Dienstplanung und Vertretungen","legalBasis":"B_CONTRACT",
                              "statutorySource":"Art. 88 DS-GVO i. V. m. § 26 BDSG"}],
                 "subjectCategories":["Beschäftigte"],
                 "dataCategories":[{"name":"Dienstplandaten","specialCategory":false,"erasurePeriod":"Ende des Folgejahres"}],
                 "recipients":[{"name":"Threema GmbH","kind":"PROCESSOR","country":"CH","processorId":%d}],
                 "channelIds":[%d],"measureIds":[%d],"transferIds":[%d]}""".formatted(threemaGmbh, team, measure, toSwitzerland));

        long reminders = RegisterClient.id(register.created(org(org, "channels"), """
                {"name":"WhatsApp – Terminerinnerungen","serviceId":%d,"audience":"EXTERNAL","devices":["PRIVATE_PHONE"],
                 "contactSync":"YES","businessCorrespondence":"YES","art13Information":"NO","status":"ACTIVE"}"""
                .formatted(whatsapp)));
        register.created(org(org, "transfers"), """
                {"recipient":"WhatsApp LLC","country":"US","mechanism":"NONE","channelIds":[%d]}""".formatted(reminders));
        register.created(org(org, "activities"), """
                {"name":"Terminerinnerungen an Patientinnen und Patienten","recordType":"CONTROLLER","status":"ACTIVE",
                 "purposes":[{"description":"Erinnerung an vereinbarte Termine","legalBasis":"B_CONTRACT"}],
                 "subjectCategories":["Patientinnen und Patienten"],
                 "dataCategories":[{"name":"Telefonnummer, Termin","specialCategory":false,"erasurePeriod":"nach dem Termin"}],
                 "recipients":[{"name":"Praxisteam","kind":"INTERNAL","country":"DE"}],
                 "channelIds":[%d],"measureIds":[%d]}""".formatted(reminders, measure));

        JsonObject page = http.get(org(org, "findings") + "?size=200").json();
        Set<String> found = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("ruleId") + " @ " + f.getString("objectName")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(EXPECTED), found);

        assertEquals(Set.of(), ruleIds(http.get(org(org, "channels/" + team + "/findings")).json()),
                "the team chat is recorded completely: no finding");
        JsonObject unknown = finding(page, "CH-UNKNOWN-ANSWERS");
        assertEquals("backupMode, disappearingMessages, thirdPartyData", unknown.getJsonObject("facts").getString("unknown"),
                "the finding names what to find out");
        JsonObject unverified = finding(page, "CH-SERVICE-UNVERIFIED");
        assertEquals("PROCESSING_AGREEMENT", unverified.getJsonObject("facts").getString("unverifiedFacts"));
        assertEquals("DPF_CERTIFICATION", unverified.getJsonObject("facts").getString("disputedFacts"));
        JsonObject healthCare = finding(page, "CH-CONSUMER-APP-HEALTH-CARE");
        assertTrue(healthCare.getJsonArray("references").toString().contains("§ 203"), healthCare::toString);
        assertEquals(finding(page, "CH-CONSUMER-APP").getString("id"), healthCare.getJsonArray("related").getString(0),
                "one cause, two sides: the findings name each other");
        assertEquals(finding(page, "TR-DPF-AVAILABLE").getString("id"),
                finding(page, "TR-NO-MECHANISM").getJsonArray("related").getString(0));
    }

    private long serviceId(String code) {
        return http.get("api/v1/catalogue/messenger-services?size=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(s -> s.getString("code").equals(code))
                .mapToLong(s -> s.getJsonNumber("id").longValue()).findFirst().orElseThrow();
    }

    private static Set<String> ruleIds(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(f -> f.getString("ruleId"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static JsonObject finding(JsonObject page, String rule) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("ruleId").equals(rule)).findFirst().orElseThrow(() -> new AssertionError(rule));
    }
}
