package de.ropa.security.boundary;

import de.ropa.platform.entity.Lengths;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new API token for a user (usually one with the integration role). */
@Schema(name = "TokenRequest")
public class TokenRequest implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Schema(required = true, description = "The user the token acts as")
    @NotNull
    public Long userId;

    @Schema(example = "CRM-Anbindung", required = true)
    @NotBlank
    @Size(max = Lengths.NAME)
    public String name;

    @Schema(description = "Days until the token expires, 1 to 730", example = "90")
    @NotNull
    @Min(1)
    @Max(730)
    public Integer validDays;
}
