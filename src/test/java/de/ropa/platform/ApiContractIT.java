package de.ropa.platform;

import static de.ropa.testing.RegisterClient.org;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.testing.Http;
import de.ropa.testing.RegisterClient;
import de.ropa.testing.TestAccounts;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API's contract on the real servers, as an integrator meets it: values of the wrong JSON type are refused
 * instead of coerced, each refusal names the field by its path and what was expected, no client error speaks of Java
 * types or "internal" errors, and no text is unbounded. Each case was accepted or answered in the binder's words before.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiContractIT {

    @ArquillianResource
    URL base;

    Http editor;
    RegisterClient register;
    long orgId;
    long channel;

    @BeforeEach
    void organisation() throws Exception {
        URI uri = base.toURI();
        editor = TestAccounts.editor(uri);
        register = new RegisterClient(editor);
        orgId = register.organisation("Vertrag GmbH " + System.nanoTime());
        channel = register.channel(orgId, "Threema – Team");
    }

    @Test
    void aStringOrAFractionForAnIdIsRefusedNotCoerced() {
        for (String serviceId : List.of("\"7\"", "2.9", "1.5", "1e40", "true")) {
            String body = RegisterClient.channelJson("Kanal").replace("\"serviceId\":2", "\"serviceId\":" + serviceId);
            Http.Answer answer = editor.post(org(orgId, "channels"), body, "Accept-Language", "en");

            JsonObject error = onlyError(answer, "serviceId");
            assertTrue(error.getString("message").contains("whole number"), answer::toString);
        }
        assertEquals(1, editor.get(org(orgId, "channels")).json().getInt("total"), "nothing stored");
    }

    @Test
    void idsInListsAndLinksMustBeNumbers() {
        String activity = RegisterClient.activityJson("Termine", channel).replace("\"channelIds\":[" + channel + "]",
                "\"channelIds\":[\"" + channel + "\"]");
        onlyError(editor.post(org(orgId, "activities"), activity), "channelIds[0]");
        onlyError(editor.post(org(orgId, "processors"), "{\"name\":\"P\",\"role\":\"PROCESSOR\",\"agreementStatus\":\"SIGNED\","
                + "\"serviceIds\":[\"2\"]}"), "serviceIds[0]");
        onlyError(editor.post(org(orgId, "transfers"), "{\"recipient\":\"R\",\"country\":\"US\",\"mechanism\":"
                + "\"ADEQUACY_DECISION\",\"processorId\":\"1\"}"), "processorId");
        onlyError(editor.post(org(orgId, "toms"), "{\"catalogueMeasureId\":\"1\",\"status\":\"PLANNED\"}"), "catalogueMeasureId");
        onlyError(editor.post(org(orgId, "reviews"), "{\"objectKind\":\"CHANNEL\",\"objectId\":\"" + channel + "\"}",
                "If-Match", "\"0\""), "objectId");
    }

    @Test
    void anUnknownEnumValueNamesItsPathAndTheAllowedValuesInTheReadersLanguage() {
        String body = RegisterClient.channelJson("Kanal").replace("\"EXTERNAL\"", "\"MAYBE\"");
        Http.Answer german = editor.post(org(orgId, "channels"), body);
        JsonObject error = onlyError(german, "audience");
        assertEquals("„MAYBE“ ist kein erlaubter Wert; erlaubt: INTERNAL, EXTERNAL, BOTH", error.getString("message"),
                german::toString);
        clientWords(german);

        String purpose = RegisterClient.activityJson("Termine", channel).replace("B_CONTRACT", "MAYBE");
        Http.Answer english = editor.post(org(orgId, "activities"), purpose, "Accept-Language", "en");
        assertTrue(onlyError(english, "purposes[0].legalBasis").getString("message").contains("allowed: A_CONSENT"),
                english::toString);
        clientWords(english);
    }

    @Test
    void anImpossibleDateSaysWhatADateLooksLike() {
        String body = RegisterClient.channelJson("Kanal").replace("\"status\"", "\"nextReviewOn\":\"2026-02-30\",\"status\"");
        Http.Answer answer = editor.post(org(orgId, "channels"), body, "Accept-Language", "en");

        assertEquals("\"2026-02-30\" is not a valid date (YYYY-MM-DD, e.g. 2026-11-30)",
                onlyError(answer, "nextReviewOn").getString("message"));
        clientWords(answer);
    }

    @Test
    void aRejectionReasonIsBoundedAndNothingReachesTheTrail() {
        long activity = register.activity(orgId, "Dienstplan", channel);
        String path = org(orgId, "activities") + "/" + activity;
        Http.Answer submitted = editor.post(path + "/approval/submit", "", "If-Match", editor.get(path).etag());
        assertEquals(200, submitted.status(), submitted::toString);
        int trail = editor.get(org(orgId, "audit")).json().getInt("total");

        String huge = "x".repeat(1_000_000);
        Http.Answer answer = editor.post(path + "/approval/reject", "{\"reason\":\"" + huge + "\"}", "If-Match", submitted.etag());

        assertEquals("Size", onlyError(answer, "reason").getString("code"));
        assertTrue(answer.body().length() < 2_000, "the answer does not echo the text");
        assertEquals(trail, editor.get(org(orgId, "audit")).json().getInt("total"), "nothing in the trail");
        assertEquals("IN_REVIEW", editor.get(path).json().getString("approvalState"));
    }

    @Test
    void aReviewNoteIsBoundedByTheSameLimit() {
        Http.Answer answer = editor.post(org(orgId, "reviews"), "{\"objectKind\":\"CHANNEL\",\"objectId\":" + channel
                + ",\"note\":\"" + "n".repeat(4001) + "\"}", "If-Match", editor.get(org(orgId, "channels") + "/" + channel).etag());

        assertEquals("Size", onlyError(answer, "note").getString("code"));
    }

    /** The answer is a 400 whose only field error names {@code field}. */
    private static JsonObject onlyError(Http.Answer answer, String field) {
        assertEquals(400, answer.status(), answer::toString);
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer::toString);
        List<JsonObject> errors = answer.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(List.of(field), errors.stream().map(e -> e.getString("field")).toList(), answer::toString);
        return errors.get(0);
    }

    /** No Java class or library in a client error, and it is not called internal. */
    private static void clientWords(Http.Answer answer) {
        String body = answer.body();
        for (String word : List.of("Internal", "internal", "java.", "de.ropa", "Yasson", "Jsonb", "No enum constant",
                "Audience", "LegalBasis", "LocalDate")) {
            assertFalse(body.contains(word), () -> word + " in " + body);
        }
        assertFalse(body.toLowerCase(Locale.ROOT).contains("exception"), body);
    }
}
