package de.ropa.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void cellsAFormulaWouldStartWithGetATextMarker() {
        for (String formula : new String[] {"=HYPERLINK(\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"}) {
            assertEquals("'" + formula, CsvCells.inert(formula));
        }
    }

    @Test
    void ordinaryTextStaysAsItIs() {
        assertEquals("WhatsApp – Vertrieb", CsvCells.inert("WhatsApp – Vertrieb"));
        assertEquals("a=b", CsvCells.inert("a=b"));
        assertEquals("{\"name\":\"=x\"}", CsvCells.inert("{\"name\":\"=x\"}"));
        assertEquals("", CsvCells.inert(""));
        assertNull(CsvCells.inert(null));
    }
}
