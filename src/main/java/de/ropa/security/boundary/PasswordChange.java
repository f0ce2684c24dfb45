package de.ropa.security.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user's own password change: the current password and the new one. */
@Schema(name = "PasswordChange")
public class PasswordChange {

    @Schema(required = true, maxLength = 200)
    @NotBlank
    @Size(max = 200)
    public String currentPassword;

    @Schema(required = true, description = "At least 12 characters, not the user name, not the current password",
            minLength = 12, maxLength = 200)
    @NotBlank
    @Size(min = 12, max = 200)
    public String newPassword;
}
