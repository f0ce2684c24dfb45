package de.ropa.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.ropa.platform.control.VersionRequiredException;
import org.junit.jupiter.api.Test;

class EtagsTest {

    @Test
    void readsStrongAndWeakTags() {
        assertEquals(7, Etags.expectedVersion("\"7\""));
        assertEquals(7, Etags.expectedVersion("W/\"7\""));
        assertEquals(7, Etags.expectedVersion(" 7 "));
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
