package de.ropa.activities.boundary;

import de.ropa.activities.entity.ActivityVersion;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An approved version of an activity: APPROVED while in force, SUPERSEDED once a later approval or a deletion ended it. */
@Schema(name = "ActivityVersion")
public record ActivityVersionResponse(long activityId, int number, String state, String approvedBy,
                                      @Schema(description = "UTC") LocalDateTime approvedAt,
                                      @Schema(description = "UTC; absent while in force") LocalDateTime supersededAt,
                                      @Schema(description = "Who submitted it for approval (absent for versions approved"
                                              + " before schema version 15)") String submittedBy,
                                      @Schema(description = "Approved by its submitter, as the organisation allows")
                                      boolean selfApproved,
                                      @Schema(description = "Findings of high severity open at approval, confirmed by the"
                                              + " approver") int openHighFindings,
                                      @Schema(description = "The activity as approved: a self-contained snapshot with the linked objects by name", ref = "ActivitySnapshot") JsonValue content) {

    public static ActivityVersionResponse from(ActivityVersion v) {
        return new ActivityVersionResponse(v.getActivityId(), v.getNumber(), v.getSupersededAt() == null ? "APPROVED" : "SUPERSEDED",
                v.getApprovedBy(), v.getApprovedAt(), v.getSupersededAt(), v.getSubmittedBy(), v.isSelfApproved(),
                v.getOpenHighFindings(),
                Json.createReader(new StringReader(v.getContent())).readValue());
    }
}
