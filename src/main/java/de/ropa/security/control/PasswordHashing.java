package de.ropa.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Password hashes at current strength: PBKDF2 with HMAC-SHA256 and 600,000 iterations (OWASP Password
 * Storage Cheat Sheet), 32 bytes of salt and key. A stored hash carries its own parameters, so hashes written
 * with the server's default (2,048 iterations) still verify and are replaced at the next successful login.
 */
@ApplicationScoped
public class PasswordHashing {

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 600_000;
    static final int SALT_BYTES = 32;
    static final int KEY_BYTES = 32;

    @Inject
    Pbkdf2PasswordHash hash;

    /** A hash of a password nobody knows: unknown, disabled and locked users cost the same work as known ones. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", Integer.toString(SALT_BYTES),
                "Pbkdf2PasswordHash.KeySizeBytes", Integer.toString(KEY_BYTES)));
        decoy = hash.generate(Tokens.newPassword().toCharArray());
    }

    public String generate(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String password, String stored) {
        try {
            return hash.verify(password.toCharArray(), stored);
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    /** Spends the time of one verification without a stored hash to compare with. */
    public void verifyNothing(String password) {
        hash.verify(password.toCharArray(), decoy);
    }

    /** True when the stored hash was written with weaker parameters than today's ({@code algorithm:iterations:salt:key}). */
    public static boolean isOutdated(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
            return true;
        }
        try {
            return Integer.parseInt(parts[1]) < ITERATIONS;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
