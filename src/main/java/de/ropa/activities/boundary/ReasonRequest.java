package de.ropa.activities.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an activity in review goes back to draft. */
@Schema(name = "Reason")
public class ReasonRequest {

    @Schema(example = "Löschfrist der Fotos fehlt noch.")
    public String reason;
}
