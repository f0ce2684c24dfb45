package de.ropa.reviews.boundary;

import de.ropa.platform.entity.Lengths;
import jakarta.validation.constraints.Size;
import de.ropa.platform.entity.ObjectKind;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A review: what was reviewed, what was found, and when the next review is due. */
@Schema(name = "Review")
public class ReviewRequest {

    @Schema(description = "ACTIVITY, CHANNEL or PROCESSOR (the processing agreement)", required = true, example = "CHANNEL",
            enumeration = {"ACTIVITY", "CHANNEL", "PROCESSOR"})
    public ObjectKind objectKind;

    @Schema(required = true)
    public Long objectId;

    @Schema(description = "Default: one year after today", example = "2027-11-27")
    public LocalDate nextReviewOn;

    @Schema(description = "What the review found", example = "Geräteliste geprüft, keine Änderungen.")
    @Size(max = Lengths.TEXT)
    public String note;
}
