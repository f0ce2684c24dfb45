package de.ropa.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passwords verified recently, so that an API client sending Basic credentials with every request pays the
 * slow hash once per {@link #TTL}, not per request. Kept as an HMAC under a key that lives only in this JVM
 * (no clear password in memory), bound to the stored hash it was verified against: a password change
 * replaces that hash and so invalidates the entry. Disabled and locked accounts are refused before this is
 * asked, from the database.
 */
@ApplicationScoped
public class VerifiedPasswords {

    static final Duration TTL = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 10_000;

    private final byte[] key = new byte[32];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(String storedHash, long verifiedAt) {
    }

    public VerifiedPasswords() {
        new SecureRandom().nextBytes(key);
    }

    /** Whether this password was verified against this stored hash within the TTL. */
    public boolean knows(String username, String password, String storedHash) {
        Entry entry = entries.get(fingerprint(username, password));
        return entry != null && entry.storedHash().equals(storedHash) && System.nanoTime() - entry.verifiedAt() < TTL.toNanos();
    }

    public void remember(String username, String password, String storedHash) {
        if (entries.size() >= MAX_ENTRIES) {
            long now = System.nanoTime();
            entries.values().removeIf(e -> now - e.verifiedAt() >= TTL.toNanos());
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(fingerprint(username, password), new Entry(storedHash, System.nanoTime()));
    }

    /** Forgets every verified password of an account (password changed, locked, disabled). */
    public void forget(String storedHash) {
        entries.values().removeIf(e -> e.storedHash().equals(storedHash));
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
