package de.ropa.activities.boundary;

import de.ropa.platform.boundary.JsonContract;
import de.ropa.platform.boundary.JsonbConfiguration;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An approval's confirmation: the approver has seen the open findings of high severity and approves nonetheless. */
@Schema(name = "Approve")
public class ApproveRequest {

    private static final Jsonb JSON = new JsonbConfiguration().getContext(ApproveRequest.class);

    @Schema(description = "Approve although findings of high severity are open on the activity (recorded with the"
            + " version); without it such an approval answers 409", defaultValue = "false")
    public boolean confirmOpenHighFindings;

    /**
     * The request in a body that may be empty (an approval without open findings needs none); read as every body is,
     * so a wrong type is refused the same way (400 naming the field).
     */
    static ApproveRequest of(String body) {
        if (body == null || body.isBlank()) {
            return new ApproveRequest();
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonContract.check(ApproveRequest.class, reader.readValue());
            ApproveRequest request = JSON.fromJson(body, ApproveRequest.class);
            return request == null ? new ApproveRequest() : request;
        } catch (JsonbException | JsonParsingException e) {
            throw new ProcessingException(e);
        }
    }
}
