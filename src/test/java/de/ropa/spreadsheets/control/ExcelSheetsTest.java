package de.ropa.spreadsheets.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.platform.control.InvalidFieldException;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Workbooks as Excel (here: Apache POI, which writes the same parts) writes them come in as the cells people see. */
class ExcelSheetsTest {

    @Test
    void textNumbersDatesAnswersFormulasAndMergedAreasReadAsTheirText() throws Exception {
        byte[] file = xssf(book -> {
            XSSFSheet sheet = book.createSheet("Tätigkeiten");
            CellStyle german = book.createCellStyle();
            german.setDataFormat(book.createDataFormat().getFormat("dd.mm.yyyy"));
            CellStyle builtIn = book.createCellStyle();
            builtIn.setDataFormat((short) 14);
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00 [$€-407]"));
            Row heading = sheet.createRow(0);
            heading.createCell(0).setCellValue("Zweck");
            heading.createCell(2).setCellValue("Geprüft");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
            Row first = sheet.createRow(2);
            first.createCell(0).setCellValue(new XSSFRichTextString("Bewerbungen\nund Auswahl"));
            first.createCell(1).setCellValue(42);
            date(first.createCell(2), LocalDate.of(2026, 11, 30), german);
            date(first.createCell(3), LocalDate.of(1900, 3, 1), builtIn);
            Cell price = first.createCell(4);
            price.setCellValue(1234.5);
            price.setCellStyle(money);
            first.createCell(5).setCellValue(true);
            Cell formula = first.createCell(6);
            formula.setCellFormula("B3*2");
            Cell text = first.createCell(7);
            text.setCellFormula("\"Art. \"&\"6\"");
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            sheet.createRow(40_000).setHeight((short) 400); // formatted, no value: no row
        });

        Sheet sheet = SheetFiles.read(file).get(0);

        assertEquals("Tätigkeiten", sheet.name());
        assertEquals(List.of("Zweck", "Zweck", "Geprüft"), sheet.rows().get(0), "a merged heading spreads");
        assertTrue(sheet.blank(1));
        assertEquals(List.of("Bewerbungen\nund Auswahl", "42", "2026-11-30", "1900-03-01", "1234.5", "true", "84", "Art. 6"),
                sheet.rows().get(2));
        assertEquals(3, sheet.rows().size(), "trailing formatted rows are no rows");
    }

    @Test
    void aStreamedWorkbookWithInlineStringsAndSeveralSheetsReadsInItsOrder() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SXSSFWorkbook book = new SXSSFWorkbook(new XSSFWorkbook(), 10, false, false)) {
            for (String name : List.of("Organisation", "Kanäle")) {
                var sheet = book.createSheet(name);
                for (int r = 0; r < 25; r++) {
                    sheet.createRow(r).createCell(r % 3).setCellValue(name + " " + r);
                }
            }
            book.write(bytes);
            book.dispose();
        }

        List<Sheet> sheets = SheetFiles.read(bytes.toByteArray());

        assertEquals(List.of("Organisation", "Kanäle"), sheets.stream().map(Sheet::name).toList());
        assertEquals("Kanäle 24", sheets.get(1).text(24, 0));
        assertEquals(List.of("", "", "Kanäle 23"), sheets.get(1).rows().get(23));
    }

    @Test
    void aDateFormatIsToldFromNumberAndTimeFormats() {
        assertTrue(ExcelSheets.showsDate("dd.mm.yyyy"));
        assertTrue(ExcelSheets.showsDate("[$-407]d. mmmm yyyy;@"));
        assertTrue(ExcelSheets.showsDate("mmm"));
        assertFalse(ExcelSheets.showsDate("#,##0.00 \"days\""));
        assertFalse(ExcelSheets.showsDate("[h]:mm"));
        assertFalse(ExcelSheets.showsDate("0.00%"));
        assertFalse(ExcelSheets.showsDate("[Red]#,##0"));
    }

    @Test
    void aRowBeyondTheLimitIsRefusedNamingTheSheet() throws Exception {
        byte[] file = xssf(book -> book.createSheet("Viel").createRow(SheetFiles.MAX_ROWS).createCell(0).setCellValue("x"));

        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> SheetFiles.read(file));

        assertEquals("sheet.tooManyRows", refused.problems().get(0).text().key());
    }

    @Test
    void aStrictOpenXmlWorkbookReadsLikeTheUsualForm() throws Exception {
        String relationships = "http://purl.oclc.org/ooxml/officeDocument/relationships";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            entry(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + relationships + "/officeDocument\" Target=\"/xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<workbook xmlns=\"http://purl.oclc.org/ooxml/spreadsheetml/main\" xmlns:r=\""
                    + relationships + "\"><sheets><sheet name=\"Zwecke\" sheetId=\"1\" r:id=\"rId7\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId7\" Type=\"" + relationships + "/worksheet\" Target=\"worksheets/../worksheets/s.xml\"/></Relationships>");
            entry(zip, "xl/worksheets/s.xml", "<worksheet xmlns=\"http://purl.oclc.org/ooxml/spreadsheetml/main\"><sheetData>"
                    + "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>Vertrag</t></is></c></row></sheetData></worksheet>");
        }

        Sheet sheet = SheetFiles.read(bytes.toByteArray()).get(0);

        assertEquals("Zwecke", sheet.name());
        assertEquals("Vertrag", sheet.text(1, 1));
        assertTrue(sheet.blank(0));
    }

    private static void entry(java.util.zip.ZipOutputStream zip, String name, String xml) throws Exception {
        zip.putNextEntry(new java.util.zip.ZipEntry(name));
        zip.write(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void date(Cell cell, LocalDate day, CellStyle style) {
        cell.setCellValue(day);
        cell.setCellStyle(style);
    }

    private static byte[] xssf(Consumer<XSSFWorkbook> filler) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            filler.accept(book);
            book.write(bytes);
            return bytes.toByteArray();
        }
    }
}
