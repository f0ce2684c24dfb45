package de.ropa.security.boundary;

import de.ropa.platform.entity.Lengths;
import de.ropa.platform.entity.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user as an admin creates or replaces it; an empty password on update keeps the old one. */
@Schema(name = "UserRequest")
public class UserRequest implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Schema(example = "p.klein", required = true)
    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "{ropa.username}")
    public String username;

    @Schema(example = "Petra Klein")
    @Size(max = Lengths.NAME)
    public String displayName;

    @Email
    @Size(max = Lengths.EMAIL)
    public String email;

    @Schema(description = "At least 12 characters; required when creating a user who logs in with a password")
    @Size(min = 12, max = 200)
    public String password;

    @Schema(required = true)
    @NotNull
    @Size(min = 1, max = 4)
    public Set<@NotNull Role> roles = new LinkedHashSet<>();

    @Schema(description = "Organisations the user may see")
    @Size(max = 1000)
    public Set<@NotNull Long> organisationIds = new LinkedHashSet<>();

    public Boolean enabled;
}
