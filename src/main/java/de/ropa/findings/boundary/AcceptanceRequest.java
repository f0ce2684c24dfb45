package de.ropa.findings.boundary;

import de.ropa.platform.entity.Lengths;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the DPO accepts a finding as a risk, or re-opens it. */
@Schema(name = "AcceptanceRequest")
public class AcceptanceRequest implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = Lengths.TEXT)
    @Schema(description = "The written justification", required = true, maxLength = Lengths.TEXT)
    public String justification;

}
