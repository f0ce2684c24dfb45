package de.ropa.processors.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoverageTest {

    private final ProcessorFacts.Coverage coverage = new ProcessorFacts.Coverage(
            Map.of(10L, Set.of(1L, 2L)), Map.of(List.of(7L, 99L), Set.of(2L, 3L)));

    @Test
    void aChannelIsCoveredByItsOwnProcessorsAndThoseOfItsServiceInTheOrganisation() {
        assertEquals(List.of(1L, 2L, 3L), List.copyOf(coverage.processorsFor(7, 10, 99)));
        assertEquals(List.of(2L, 3L), List.copyOf(coverage.processorsFor(7, 11, 99)));
        assertEquals(List.of(1L, 2L), List.copyOf(coverage.processorsFor(8, 10, 99)));
        assertTrue(coverage.covers(7, 11, 99));
        assertFalse(coverage.covers(8, 11, 99));
    }

    @Test
    void everyActivityOverAChannelSharesOneUnchangeableSet() {
        Set<Long> first = coverage.processorsFor(7, 10, 99);
        assertSame(first, coverage.processorsFor(7, 10, 99));
        assertThrows(UnsupportedOperationException.class, () -> first.add(4L));
    }
}
