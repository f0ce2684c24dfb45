package de.ropa.activities.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An approval's confirmation: the approver has seen the open findings of high severity and approves nonetheless. */
@Schema(name = "Approve")
public class ApproveRequest {

    @Schema(description = "Approve although findings of high severity are open on the activity (recorded with the"
            + " version); without it such an approval answers 409", defaultValue = "false")
    public boolean confirmOpenHighFindings;
}
