package de.ropa.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.ropa.platform.control.InvalidFieldException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void defaultsToTheFirstPageOfFifty() {
        assertEquals(new PageRequest(0, 50), PageRequest.parse(null, ""));
    }

    @Test
    void readsPageAndSize() {
        PageRequest request = PageRequest.parse("3", "20");

        assertEquals(new PageRequest(3, 20), request);
        assertEquals(60, request.offset());
    }

    @Test
    void namesEachBadParameter() {
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> PageRequest.parse("-1", "99999999999999999999"));

        assertEquals(List.of("page", "size"), e.problems().stream().map(InvalidFieldException.FieldProblem::field).toList());
    }

    @Test
    void refusesTextAndZeroSize() {
        assertThrows(InvalidFieldException.class, () -> PageRequest.parse("abc", null));
        assertThrows(InvalidFieldException.class, () -> PageRequest.parse("0", "0"));
        assertThrows(InvalidFieldException.class, () -> PageRequest.parse("0", "201"));
    }
}
