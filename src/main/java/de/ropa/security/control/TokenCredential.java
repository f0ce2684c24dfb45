package de.ropa.security.control;

import jakarta.security.enterprise.credential.Credential;

/** An API token sent as {@code Authorization: Bearer …}. */
public record TokenCredential(String token) implements Credential {

    @Override
    public boolean isValid() {
        return token != null && !token.isBlank();
    }
}
