package de.ropa.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The findings' facts are read by column alias, so that a new fact in a query shifts nothing. */
class FactRowTest {

    @Test
    void columnsAreFoundByTheirAliasWhereverTheyStand() {
        String jpql = "SELECT DISTINCT c.id AS objectid, COUNT(d) AS devices, c.contactSync AS contactsync FROM Channel c";
        assertEquals(Map.of("objectid", 0, "devices", 1, "contactsync", 2), FactsQuery.Row.aliases(jpql));

        List<FactsQuery.Row> rows = FactsQuery.Row.all(jpql,
                java.util.Collections.singletonList(new Object[] {7L, 2L, true}));
        assertEquals(true, rows.get(0).get("contactsync", Boolean.class));
        assertEquals(7L, rows.get(0).get("objectid"));
        assertThrows(IllegalArgumentException.class, () -> rows.get(0).get("backupmode"), "an unknown alias is an error");
    }

    @Test
    void aColumnWithoutAliasIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> FactsQuery.Row.aliases("SELECT c.id FROM Channel c"));
    }

    @Test
    void aSingleColumnRowIsReadLikeTheOthers() {
        List<FactsQuery.Row> rows = FactsQuery.Row.all("SELECT p.id AS processor FROM Processor p",
                List.of(3L));
        assertEquals(3L, rows.get(0).get("processor"));
    }

    @Test
    void theQuerySentHasTheSameColumnsWithoutAliases() {
        assertEquals("SELECT DISTINCT c.id, COUNT(d), c.contactSync FROM Channel c WHERE c.name = 'x AS y'",
                FactsQuery.Row.withoutAliases(
                        "SELECT DISTINCT c.id AS objectid, COUNT(d) AS devices, c.contactSync AS contactsync FROM Channel c WHERE c.name = 'x AS y'"));
        assertEquals("SELECT p.id FROM Processor p", FactsQuery.Row.withoutAliases("SELECT p.id AS processor FROM Processor p"));
    }
}
