package de.ropa.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.ropa.platform.control.VersionRequiredException;
import org.junit.jupiter.api.Test;

class EtagsTest {

    @Test
    void readsStrongTagsAndLetsWeakOnesMatchNothing() {
        assertEquals(7, Etags.expectedVersion("\"7\""));
        assertEquals(7, Etags.expectedVersion(" 7 "));
        assertEquals(-1, Etags.expectedVersion("W/\"7\""), "If-Match compares strongly: a weak tag never matches");
    }

    @Test
    void missingOrWildcardIfMatchIsRefused() {
        assertThrows(VersionRequiredException.class, () -> Etags.expectedVersion(null));
        assertThrows(VersionRequiredException.class, () -> Etags.expectedVersion(" "));
        assertThrows(VersionRequiredException.class, () -> Etags.expectedVersion("*"));
    }

    @Test
    void aTagWeNeverIssuedMatchesNoVersion() {
        assertEquals(-1, Etags.expectedVersion("\"abc\""));
    }
}
