package de.ropa.findings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvidenceTest {

    @Test
    void theDigestChangesWithAFactAndIgnoresTheOrderOfACollection() {
        Evidence before = Evidence.of("devices", List.of("PRIVATE_PHONE", "COMPANY_PHONE"), "nextReviewOn", LocalDate.of(2026, 6, 1));
        Evidence sameFacts = Evidence.of("devices", Set.of("COMPANY_PHONE", "PRIVATE_PHONE"), "nextReviewOn", LocalDate.of(2026, 6, 1));
        Evidence changed = Evidence.of("devices", List.of("PRIVATE_PHONE"), "nextReviewOn", LocalDate.of(2026, 6, 1));
        assertEquals(before.digest(), sameFacts.digest());
        assertNotEquals(before.digest(), changed.digest());
        assertEquals(64, before.digest().length());
        assertEquals("devices=COMPANY_PHONE, PRIVATE_PHONE\nnextReviewOn=2026-06-01", before.text());
    }

    @Test
    void missingValuesAreEmpty() {
        assertEquals("", Evidence.of("verifiedOn", null).facts().get("verifiedOn"));
    }
}
