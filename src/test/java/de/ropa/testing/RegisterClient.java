package de.ropa.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;

/** Creates register objects through the REST API for tests, each test with its own organisation. */
public final class RegisterClient {

    private final Http http;

    public RegisterClient(Http http) {
        this.http = http;
    }

    public Http http() {
        return http;
    }

    public long organisation(String name) {
        return id(created("api/v1/organisations", "{\"name\":\"" + name + "\",\"country\":\"DE\"}"));
    }

    public long measure(long org, String title) {
        return id(created(org(org, "toms"), "{\"title\":\"" + title + "\",\"art32Letter\":\"B_CONFIDENTIALITY_INTEGRITY_AVAILABILITY\","
                + "\"sdmGoal\":\"CONFIDENTIALITY\",\"status\":\"IMPLEMENTED\"}"));
    }

    public long channel(long org, String name) {
        return channel(org, name, "ACTIVE");
    }

    public long channel(long org, String name, String status) {
        return id(created(org(org, "channels"), channelJson(name, status)));
    }

    /** A valid channel on WhatsApp Business (catalogue id 2); the name is JSON-escaped. */
    public static String channelJson(String name) {
        return channelJson(name, "ACTIVE");
    }

    static String channelJson(String name, String status) {
        return jakarta.json.Json.createObjectBuilder().add("name", name).add("serviceId", 2).add("audience", "EXTERNAL")
                .add("devices", jakarta.json.Json.createArrayBuilder().add("COMPANY_PHONE")).add("contactSync", false)
                .add("backupMode", "NONE").add("status", status).build().toString();
    }

    public long processor(long org, String name) {
        return id(created(org(org, "processors"), "{\"name\":\"" + name + "\",\"role\":\"PROCESSOR\","
                + "\"agreementStatus\":\"SIGNED\",\"country\":\"IE\"}"));
    }

    public long transfer(long org, String recipient, long channelId) {
        return id(created(org(org, "transfers"), "{\"recipient\":\"" + recipient + "\",\"country\":\"US\","
                + "\"mechanism\":\"STANDARD_CONTRACTUAL_CLAUSES\",\"sccModule\":\"MODULE_2_C2P\",\"channelIds\":[" + channelId + "]}"));
    }

    public long activity(long org, String name, long channelId) {
        return id(created(org(org, "activities"), activityJson(name, channelId)));
    }

    public static String activityJson(String name, long channelId) {
        return "{\"name\":\"" + name + "\",\"recordType\":\"CONTROLLER\",\"status\":\"ACTIVE\","
                + "\"purposes\":[{\"description\":\"Termine vereinbaren\",\"legalBasis\":\"B_CONTRACT\"}],"
                + "\"subjectCategories\":[\"Kundinnen und Kunden\"],"
                + "\"dataCategories\":[{\"name\":\"Telefonnummer\",\"specialCategory\":false,\"erasurePeriod\":\"6 Monate\"}],"
                + "\"channelIds\":[" + channelId + "]}";
    }

    public static String org(long org, String collection) {
        return "api/v1/organisations/" + org + "/" + collection;
    }

    public JsonObject created(String path, String json) {
        Http.Answer answer = http.post(path, json);
        assertEquals(201, answer.status(), () -> "create " + path + ": " + answer);
        return answer.json();
    }

    public static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }
}
