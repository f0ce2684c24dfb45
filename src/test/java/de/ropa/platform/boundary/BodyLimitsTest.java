package de.ropa.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class BodyLimitsTest {

    @Test
    void onlyARoleThatMayImportSendsAWholeRegister() {
        assertEquals(BodyLimits.IMPORT, BodyLimits.of("/api/v1/organisations/5/import", true, Set.of("dpo")::contains));
        assertEquals(BodyLimits.IMPORT, BodyLimits.of("/api/v1/organisations/5/import", true, Set.of("integration")::contains));
        assertEquals(BodyLimits.API, BodyLimits.of("/api/v1/organisations/5/import", true, Set.of("auditor")::contains));
        assertEquals(BodyLimits.API, BodyLimits.of("/api/v1/organisations/5/channels", true, Set.of("dpo")::contains));
    }

    @Test
    void screensAndAnonymousCallersGetLittle() {
        assertEquals(BodyLimits.SCREENS, BodyLimits.of("/channels/edit.xhtml", true, Set.of("dpo")::contains));
        assertEquals(BodyLimits.ANONYMOUS, BodyLimits.of("/login.xhtml", false, role -> false));
        assertEquals(BodyLimits.ANONYMOUS, BodyLimits.of("/api/v1/organisations/5/import", false, role -> true));
    }
}
