package de.ropa.activities.boundary;

import de.ropa.platform.entity.Lengths;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an activity in review goes back to draft. */
@Schema(name = "Reason")
public class ReasonRequest {

    @Schema(example = "Löschfrist der Fotos fehlt noch.")
    @Size(max = Lengths.TEXT)
    public String reason;

    static ReasonRequest of(String reason) {
        ReasonRequest request = new ReasonRequest();
        request.reason = reason;
        return request;
    }
}
