package de.ropa.register;

import static de.ropa.testing.RegisterClient.org;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.testing.Http;
import de.ropa.testing.RegisterClient;
import de.ropa.testing.TestAccounts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Four eyes on approvals: who submitted an activity may not approve it, unless the organisation allows self-approval
 * (then each such version says so); open findings of high severity must be confirmed, and the confirmation is kept.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FourEyesIT {

    @ArquillianResource
    URL base;

    Http editor;
    Http anna;
    Http ben;
    long orgId;
    long channel;

    @BeforeEach
    void twoDpos() throws Exception {
        URI uri = base.toURI();
        editor = TestAccounts.editor(uri);
        RegisterClient register = new RegisterClient(editor);
        orgId = register.organisation("Vier Augen GmbH " + System.nanoTime());
        channel = register.channel(orgId, "Threema – Team");
        anna = dpo(uri, "anna-" + orgId, orgId);
        ben = dpo(uri, "ben-" + orgId, orgId);
    }

    @Test
    void theSubmitterCannotApproveButAnotherDpoCan() {
        String activity = activity(RegisterClient.activityJson("Dienstplan", channel));
        submit(anna, activity);

        Http.Answer own = approve(anna, activity, "");
        assertEquals(403, own.status(), own::toString);
        assertTrue(own.json().getString("detail").contains("Vier-Augen-Prinzip"), own::toString);
        assertTrue(own.json().getString("detail").contains("anna-" + orgId), own::toString);
        assertEquals("IN_REVIEW", anna.get(activity).json().getString("approvalState"), "nothing approved");

        Http.Answer other = approve(ben, activity, "");
        assertEquals(200, other.status(), other::toString);
        JsonObject version = other.json();
        assertEquals("ben-" + orgId, version.getString("approvedBy"));
        assertEquals("anna-" + orgId, version.getString("submittedBy"));
        assertFalse(version.getBoolean("selfApproved"));
        assertEquals(0, version.getInt("openHighFindings"));
    }

    @Test
    void anOrganisationThatAllowsSelfApprovalGetsItRecorded() {
        Http.Answer put = allowSelfApproval(editor);
        assertEquals(200, put.status(), put::toString);

        String activity = activity(RegisterClient.activityJson("Ein-Personen-Büro", channel));
        submit(anna, activity);
        Http.Answer own = approve(anna, activity, "");
        assertEquals(200, own.status(), own::toString);
        assertTrue(own.json().getBoolean("selfApproved"));
        JsonObject entry = editor.get(org(orgId, "audit") + "?objectKind=ACTIVITY&objectId=" + RegisterClient.id(editor.get(activity).json()))
                .json().getJsonArray("items").getJsonObject(0);
        assertEquals("APPROVE", entry.getString("action"));
        assertTrue(entry.toString().contains("selfApproved"), "the trail keeps the exception: " + entry);
    }

    @Test
    void aDpoCannotWaiveTheRuleThatBindsThem() {
        String organisation = "api/v1/organisations/" + orgId;
        Http.Answer read = anna.get(organisation);
        Http.Answer refused = allowSelfApproval(anna);
        assertEquals(403, refused.status(), refused::toString);
        assertTrue(refused.json().getString("detail").contains("Administrator"), refused::toString);
        assertFalse(editor.get(organisation).json().getBoolean("selfApprovalAllowed"), "still four eyes");
        JsonObject otherChange = Json.createObjectBuilder(editable(read)).add("city", "Bonn").build();
        assertEquals(200, anna.put(organisation, otherChange.toString(), "If-Match", read.etag()).status(),
                "the DPO keeps the rest of the master data");
    }

    @Test
    void openFindingsOfHighSeverityMustBeConfirmedAndTheConfirmationIsKept() {
        String special = RegisterClient.activityJson("Krankmeldungen", channel)
                .replace("\"specialCategory\":false", "\"specialCategory\":true");
        String activity = activity(special);
        submit(anna, activity);

        Http.Answer unconfirmed = approve(ben, activity, "");
        assertEquals(409, unconfirmed.status(), unconfirmed::toString);
        assertTrue(unconfirmed.json().getString("detail").contains("hohem Schweregrad"), unconfirmed::toString);

        assertEquals(400, approve(ben, activity, "null").status(), "a body that is no JSON object is refused");
        assertEquals("IN_REVIEW", ben.get(activity).json().getString("approvalState"), "and approves nothing");
        Http.Answer confirmed = approve(ben, activity, "{\"confirmOpenHighFindings\":true}");
        assertEquals(200, confirmed.status(), confirmed::toString);
        assertTrue(confirmed.json().getInt("openHighFindings") >= 1, confirmed::toString);
        assertTrue(ben.get(activity + "/versions/1").json().getInt("openHighFindings") >= 1, "the version keeps it");
    }

    /** The organisation's master data as a request: what GET answers, less what only the server sets. */
    private static JsonObject editable(Http.Answer read) {
        return Json.createObjectBuilder(read.json()).remove("id").remove("version").remove("createdAt").remove("updatedAt").build();
    }

    /** The user tries to allow self-approval for the organisation. */
    private Http.Answer allowSelfApproval(Http user) {
        String organisation = "api/v1/organisations/" + orgId;
        Http.Answer read = user.get(organisation);
        JsonObject waived = Json.createObjectBuilder(editable(read)).add("selfApprovalAllowed", true).build();
        return user.put(organisation, waived.toString(), "If-Match", read.etag());
    }

    private String activity(String json) {
        return org(orgId, "activities/" + RegisterClient.id(new RegisterClient(editor).created(org(orgId, "activities"), json)));
    }

    private static void submit(Http dpo, String activity) {
        Http.Answer submitted = dpo.post(activity + "/approval/submit", "", "If-Match", dpo.get(activity).etag());
        assertEquals(200, submitted.status(), submitted::toString);
    }

    private static Http.Answer approve(Http dpo, String activity, String body) {
        return dpo.post(activity + "/approval/approve", body, "If-Match", dpo.get(activity).etag());
    }

    private static Http dpo(URI uri, String username, long organisation) {
        TestAccounts.ensureUser(uri, username, "[\"DPO\"]", "[" + organisation + "]");
        return new Http(uri).with("Authorization", TestAccounts.basic(username, TestAccounts.PASSWORD));
    }
}
