package de.ropa.testing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A synthetic register document (the import format) of a given size, linked the way real registers are:
 * per 10 activities one channel, per 20 one processor, per 50 one transfer; each activity uses one to three
 * channels, several purposes with their legal bases, data categories with erasure periods, a processor as
 * recipient and the transfer of its US service; some channels sync contacts or back up to a cloud, some
 * agreements are missing or expired, some reviews are overdue, so the findings have something to find.
 * Deterministic: the same size gives the same register.
 */
public final class RegisterGenerator {

    private static final List<String> SERVICES = List.of("whatsapp-business-app", "whatsapp-consumer-app",
            "microsoft-teams", "threema-work", "signal", "slack", "element-matrix", "whatsapp-business-platform");
    private static final List<String> MEASURES = List.of("access-control", "transport-encryption", "backup-restore",
            "messenger-instruction", "contact-sync-disabled", "company-devices-only", "mdm-container",
            "strong-authentication", "erasure-concept", "incident-management", "staff-confidentiality",
            "storage-encryption");
    private static final List<String> DEVICES = List.of("COMPANY_PHONE", "PRIVATE_PHONE", "DESKTOP_CLIENT", "MDM_CONTAINER");
    private static final List<String> DEPARTMENTS = List.of("Vertrieb", "Kundendienst", "Personal", "Einkauf",
            "Geschäftsführung", "Außendienst", "Buchhaltung", "IT");
    private static final String DESCRIPTION = "Beschäftigte und Kundschaft tauschen über den Kanal Nachrichten, Fotos"
            + " und Termine aus; die Inhalte werden nach Abschluss in das Auftragssystem übernommen und im Messenger gelöscht.";

    private final int activities;
    private final int channels;
    private final int processors;
    private final int transfers;
    private final LocalDate today = LocalDate.now();

    public RegisterGenerator(int activities) {
        this.activities = activities;
        this.channels = Math.max(5, activities / 10);
        this.processors = Math.max(3, activities / 20);
        this.transfers = Math.max(2, activities / 50);
    }

    public int channels() {
        return channels;
    }

    public int processors() {
        return processors;
    }

    public int transfers() {
        return transfers;
    }

    public JsonObject document(String organisation) {
        return Json.createObjectBuilder()
                .add("format", "ropa-register").add("formatVersion", 3)
                .add("organisation", Json.createObjectBuilder().add("name", organisation).add("street", "Hohe Straße 1")
                        .add("postalCode", "50667").add("city", "Köln").add("country", "DE").add("email", "datenschutz@messung.example")
                        .add("management", "Erika Mustermann").add("dpoKind", "EXTERNAL").add("dpoName", "Dr. Dana Schutz")
                        .add("dpoEmail", "dsb@messung.example").add("jointControllers", Json.createArrayBuilder()))
                .add("measures", measureList())
                .add("channels", channelList())
                .add("processors", processorList())
                .add("transfers", transferList())
                .add("activities", activityList())
                .build();
    }

    private JsonArrayBuilder measureList() {
        JsonArrayBuilder measures = Json.createArrayBuilder();
        for (int i = 0; i < MEASURES.size(); i++) {
            measures.add(Json.createObjectBuilder().add("key", "M" + i).add("catalogueCode", MEASURES.get(i))
                    .add("status", i % 5 == 4 ? "PLANNED" : "IMPLEMENTED")
                    .add("evidence", "Nachweis im Sicherheitskonzept, Abschnitt " + (i + 1)));
        }
        return measures;
    }

    private JsonArrayBuilder channelList() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (int i = 0; i < channels; i++) {
            String service = SERVICES.get(i % SERVICES.size());
            list.add(Json.createObjectBuilder()
                    .add("key", "C" + i).add("name", "Kanal " + (i + 1) + " – " + DEPARTMENTS.get(i % DEPARTMENTS.size()))
                    .add("serviceCode", service)
                    .add("audience", i % 3 == 0 ? "INTERNAL" : "EXTERNAL")
                    .add("devices", Json.createArrayBuilder().add(DEVICES.get(i % DEVICES.size())))
                    .add("contactSync", i % 7 == 3)
                    .add("backupMode", i % 11 == 5 ? "UNENCRYPTED_CLOUD" : i % 2 == 0 ? "END_TO_END_ENCRYPTED" : "NONE")
                    .add("art13Information", i % 9 != 4)
                    .add("imprintInProfile", i % 4 != 1)
                    .add("inPrivacyNotice", i % 6 != 2)
                    .add("specialCategories", i % 13 == 6)
                    .add("purposeSummary", "Abstimmung mit " + (i % 3 == 0 ? "Kolleginnen und Kollegen" : "Kundinnen und Kunden"))
                    .add("owner", "Leitung " + DEPARTMENTS.get(i % DEPARTMENTS.size()))
                    .add("status", i % 50 == 49 ? "RETIRED" : "ACTIVE")
                    .add("lastReviewedOn", today.minusDays(200 + i % 300).toString())
                    .add("nextReviewOn", today.plusDays(i % 10 == 0 ? -20 : 165 - i % 300).toString())
                    .add("measureKeys", keys("M", i % MEASURES.size(), (i + 4) % MEASURES.size())));
        }
        return list;
    }

    private JsonArrayBuilder processorList() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        List<String> states = List.of("SIGNED", "SIGNED", "SIGNED", "SIGNED", "REQUESTED", "EXPIRED", "NOT_AVAILABLE");
        for (int i = 0; i < processors; i++) {
            String state = states.get(i % states.size());
            JsonObjectBuilder processor = Json.createObjectBuilder().add("key", "P" + i)
                    .add("name", "Auftragsverarbeiter " + (i + 1) + " GmbH").add("street", "Allee " + (i + 1))
                    .add("postalCode", "10115").add("city", i % 3 == 0 ? "Dublin" : "Berlin").add("country", i % 3 == 0 ? "IE" : "DE")
                    .add("role", "PROCESSOR").add("agreementStatus", state)
                    .add("serviceCodes", Json.createArrayBuilder().add(SERVICES.get(i % SERVICES.size())))
                    .add("channelKeys", keys("C", i % channels, (i + processors) % channels));
            if (state.equals("SIGNED") || state.equals("EXPIRED")) {
                processor.add("signedOn", today.minusYears(2).toString()).add("documentReference", "AVV-" + (1000 + i))
                        .add("validUntil", today.plusDays(state.equals("EXPIRED") ? -30 : 400 + i).toString())
                        .add("reviewOn", today.plusDays(i % 8 == 0 ? 30 : 300).toString());
            }
            list.add(processor);
        }
        return list;
    }

    private JsonArrayBuilder transferList() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (int i = 0; i < transfers; i++) {
            JsonObjectBuilder transfer = Json.createObjectBuilder().add("key", "T" + i)
                    .add("recipient", "Plattform " + (i + 1) + " Inc.").add("country", "US")
                    .add("processorKey", "P" + (i % processors))
                    .add("channelKeys", keys("C", i % channels));
            switch (i % 3) {
                case 0 -> transfer.add("mechanism", "DATA_PRIVACY_FRAMEWORK").add("dpfChecked", i % 6 != 3)
                        .add("dpfCheckedOn", today.minusMonths(3).toString())
                        .add("dpfEvidenceUrl", "https://www.dataprivacyframework.gov/list").add("tiaDone", false);
                case 1 -> transfer.add("mechanism", "STANDARD_CONTRACTUAL_CLAUSES").add("sccModule", "MODULE_2_C2P")
                        .add("dpfChecked", false).add("tiaDone", i % 4 != 1).add("tiaDate", today.minusMonths(8).toString())
                        .add("tiaReference", "TIA-" + (i + 1));
                default -> transfer.add("mechanism", "BINDING_CORPORATE_RULES").add("dpfChecked", false).add("tiaDone", true)
                        .add("tiaDate", today.minusMonths(5).toString()).add("tiaReference", "TIA-" + (i + 1));
            }
            list.add(transfer);
        }
        return list;
    }

    private JsonArrayBuilder activityList() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (int i = 0; i < activities; i++) {
            int processor = i % processors;
            JsonObjectBuilder activity = Json.createObjectBuilder()
                    .add("key", "A" + i)
                    .add("name", "Tätigkeit " + (i + 1) + " – " + DEPARTMENTS.get(i % DEPARTMENTS.size()) + " im Austausch per Messenger")
                    .add("recordType", i % 25 == 7 ? "PROCESSOR" : "CONTROLLER")
                    .add("description", DESCRIPTION)
                    .add("department", DEPARTMENTS.get(i % DEPARTMENTS.size())).add("contactPerson", "Max Muster")
                    .add("dataSource", "Direkt bei den Betroffenen")
                    .add("purposes", purposes(i))
                    .add("subjectCategories", Json.createArrayBuilder().add("Kundinnen und Kunden").add("Beschäftigte"))
                    .add("dataCategories", dataCategories(i))
                    .add("recipients", Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add("name", "Fachabteilung").add("kind", "INTERNAL").add("country", "DE"))
                            .add(Json.createObjectBuilder().add("name", "Auftragsverarbeiter " + (processor + 1) + " GmbH")
                                    .add("kind", "PROCESSOR").add("country", processor % 3 == 0 ? "IE" : "DE")
                                    .add("processorKey", "P" + processor)))
                    .add("channelKeys", channelKeys(i))
                    .add("measureKeys", keys("M", i % MEASURES.size(), (i + 1) % MEASURES.size()))
                    .add("transferKeys", i % 4 == 0 ? keys("T", i % transfers) : Json.createArrayBuilder())
                    .add("tomSummary", "Zugriff nur für die Fachabteilung; Transportverschlüsselung; Löschung nach Abschluss.")
                    .add("dpiaDecision", i % 13 == 6 ? "REQUIRED" : "NOT_REQUIRED")
                    .add("dpiaReasons", "Schwellwertanalyse vom " + today.minusYears(1))
                    .add("status", i % 40 == 39 ? "RETIRED" : "ACTIVE")
                    .add("lastReviewedOn", today.minusDays(100 + i % 200).toString())
                    .add("nextReviewOn", today.plusDays(i % 12 == 0 ? -10 : 200 + i % 100).toString());
            if (i % 25 == 7) {
                activity.add("clientController", "Auftraggeberin " + i + " AG");
            }
            list.add(activity);
        }
        return list;
    }

    private JsonArrayBuilder purposes(int i) {
        JsonArrayBuilder purposes = Json.createArrayBuilder();
        int count = 1 + i % 3;
        for (int k = 0; k < count; k++) {
            JsonObjectBuilder purpose = Json.createObjectBuilder().add("description", "Zweck " + (k + 1) + ": Abstimmung von Terminen und Rückfragen");
            switch ((i + k) % 4) {
                case 0 -> purpose.add("legalBasis", "B_CONTRACT");
                case 1 -> purpose.add("legalBasis", "F_LEGITIMATE_INTERESTS")
                        .add("balancingTestReference", i % 17 == 1 ? "" : "Interessenabwägung IA-" + i);
                case 2 -> purpose.add("legalBasis", "A_CONSENT");
                default -> purpose.add("legalBasis", "C_LEGAL_OBLIGATION").add("statutorySource", "§ 147 AO");
            }
            purposes.add(purpose);
        }
        return purposes;
    }

    private JsonArrayBuilder dataCategories(int i) {
        JsonArrayBuilder categories = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "Name, Telefonnummer").add("specialCategory", false)
                        .add("erasurePeriod", "6 Monate nach Abschluss"))
                .add(Json.createObjectBuilder().add("name", "Nachrichteninhalte und Fotos").add("specialCategory", false)
                        .add("erasurePeriod", i % 9 == 2 ? "" : (1 + i % 3) + " Monate"));
        if (i % 13 == 6) {
            categories.add(Json.createObjectBuilder().add("name", "Gesundheitsdaten (Krankmeldungen)").add("specialCategory", true)
                    .add("erasurePeriod", "3 Jahre nach Ende des Kalenderjahres"));
        }
        return categories;
    }

    private JsonArrayBuilder channelKeys(int i) {
        int count = 1 + i % 3;
        JsonArrayBuilder keys = Json.createArrayBuilder();
        for (int k = 0; k < count; k++) {
            keys.add("C" + ((i + k * 7) % channels));
        }
        return keys;
    }

    private static JsonArrayBuilder keys(String prefix, int... numbers) {
        JsonArrayBuilder keys = Json.createArrayBuilder();
        Arrays.stream(numbers).distinct().forEach(n -> keys.add(prefix + n));
        return keys;
    }
}
