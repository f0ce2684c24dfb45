package de.ropa.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.platform.control.InvalidFieldException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SortingTest {

    private static final Map<String, String> ALLOWED = Map.of("name", "o.name", "updatedAt", "o.updatedAt");

    @Test
    void ordersByAllowedPropertiesThenTheTieBreaker() {
        assertEquals(" ORDER BY o.updatedAt DESC, o.name ASC, o.id ASC",
                Sorting.orderBy("-updatedAt,name", ALLOWED, "o.id"));
        assertEquals(" ORDER BY o.id ASC", Sorting.orderBy(null, ALLOWED, "o.id"));
    }

    @Test
    void refusesAnythingElseSoNoInputReachesTheQuery() {
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> Sorting.orderBy("name; DROP TABLE organisation", ALLOWED, "o.id"));

        assertEquals("sort", e.problems().get(0).field());
        assertTrue(e.problems().get(0).text().english().contains("allowed: name, updatedAt"), e.problems().get(0).text().english());
        assertTrue(e.problems().get(0).text().render(java.util.Locale.GERMAN).contains("möglich: name, updatedAt"));
    }

    @Test
    void searchPatternEscapesWildcards() {
        assertEquals("%50\\% \\_x\\\\%", Sorting.containsPattern("50% _X\\"));
    }

    @Test
    void searchTextIsLimited() {
        assertThrows(InvalidFieldException.class, () -> Sorting.containsPattern("x".repeat(201)));
    }
}
