package de.ropa.security.boundary;

import de.ropa.security.entity.ApiToken;
import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An API token as listed; {@code token} is only present in the answer that created it. */
@Schema(name = "Token")
public record TokenResponse(long id, long userId, String username, String name,
                            @Schema(description = "First characters, to recognise the token") String tokenPrefix,
                            @Schema(description = "The token itself: shown once, at creation; store it safely") String token,
                            LocalDateTime createdAt, LocalDateTime expiresAt, LocalDateTime revokedAt,
                            LocalDateTime lastUsedAt, String createdBy) implements java.io.Serializable {

    public static TokenResponse from(ApiToken t, String clearToken) {
        return new TokenResponse(t.getId(), t.getUser().getId(), t.getUser().getUsername(), t.getName(),
                t.getTokenPrefix(), clearToken, t.getCreatedAt(), t.getExpiresAt(), t.getRevokedAt(),
                t.getLastUsedAt(), t.getCreatedBy());
    }
}
