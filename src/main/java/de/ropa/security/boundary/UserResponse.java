package de.ropa.security.boundary;

import de.ropa.platform.entity.Role;
import de.ropa.security.entity.UserAccount;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user as the admin API shows it (never the password hash). */
@Schema(name = "User")
public record UserResponse(long id, long version, String username, String displayName, String email,
                           List<Role> roles, List<Long> organisationIds, boolean enabled,
                           @Schema(description = "Locked after repeated failed logins until (UTC)") LocalDateTime lockedUntil,
                           LocalDateTime lastLoginAt) implements java.io.Serializable {

    public static UserResponse from(UserAccount u) {
        return new UserResponse(u.getId(), u.getVersion(), u.getUsername(), u.getDisplayName(), u.getEmail(),
                u.getRoles().stream().sorted().toList(), u.getOrganisationIds().stream().sorted().toList(),
                u.isEnabled(), u.getLockedUntil(), u.getLastLoginAt());
    }
}
