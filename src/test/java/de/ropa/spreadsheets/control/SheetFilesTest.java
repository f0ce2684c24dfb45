package de.ropa.spreadsheets.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.ropa.platform.control.InvalidFieldException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Files as LibreOffice and Excel write them come in as the same cells. */
class SheetFilesTest {

    @Test
    void anOpenDocumentSpreadsheetWithMergedRepeatedAndDateCells() throws Exception {
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">
                 <office:body><office:spreadsheet>
                  <table:table table:name="2 - Liste des traitements">
                   <table:table-row>
                    <table:table-cell table:number-columns-spanned="2"><text:p>Finalité du traitement</text:p></table:table-cell>
                    <table:covered-table-cell/>
                    <table:table-cell><text:p>Date</text:p></table:table-cell>
                   </table:table-row>
                   <table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="3"/></table:table-row>
                   <table:table-row>
                    <table:table-cell><text:p>Recrutement</text:p></table:table-cell>
                    <table:table-cell><text:p>Candidatures</text:p><text:p>Entretiens<text:s text:c="2"/>RH</text:p></table:table-cell>
                    <table:table-cell office:value-type="date" office:date-value="2026-11-30T00:00:00"><text:p>30/11/2026</text:p></table:table-cell>
                    <table:table-cell table:number-columns-repeated="1020"/>
                   </table:table-row>
                   <table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
                  </table:table>
                 </office:spreadsheet></office:body>
                </office:document-content>
                """.strip();
        List<Sheet> sheets = SheetFiles.read(ods(content));

        Sheet list = sheets.get(0);
        assertEquals("2 - Liste des traitements", list.name());
        assertEquals(4, list.rows().size(), "the trailing million blank rows are not rows");
        assertEquals(List.of("Finalité du traitement", "Finalité du traitement", "Date"), list.rows().get(0), "a merged heading spreads");
        assertEquals("Candidatures\nEntretiens  RH", list.text(3, 1));
        assertEquals("2026-11-30", list.text(3, 2), "a date cell reads as its date");
        assertEquals("'2 - Liste des traitements'!C4", list.reference(3, 2));
    }

    @Test
    void twoBillionRepeatedBlankRowsBeforeOneWithTextAreRefusedNotBuilt() throws Exception {
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">
                 <office:body><office:spreadsheet><table:table table:name="Bombe">
                  <table:table-row table:number-rows-repeated="2000000000"><table:table-cell/></table:table-row>
                  <table:table-row><table:table-cell table:number-rows-spanned="20000" table:number-columns-spanned="200"><text:p>x</text:p></table:table-cell></table:table-row>
                 </table:table></office:spreadsheet></office:body>
                </office:document-content>
                """.strip();
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> SheetFiles.read(ods(content)));
        assertEquals("sheet.tooManyRows", refused.problems().get(0).text().key());
    }

    @Test
    void aCsvAsGermanExcelWritesIt() {
        String csv = "Bezeichnung;Zweck;Rechtsgrundlage\r\n\"Lohn; Gehalt\";\"Abrechnung\nAuszahlung\";Art. 6 Abs. 1 lit. c\r\n";
        Sheet sheet = SheetFiles.read(csv.getBytes(Charset.forName("windows-1252"))).get(0);
        assertEquals(List.of("Bezeichnung", "Zweck", "Rechtsgrundlage"), sheet.rows().get(0));
        assertEquals("Lohn; Gehalt", sheet.text(1, 0));
        assertEquals("Abrechnung\nAuszahlung", sheet.text(1, 1));

        Sheet utf8 = SheetFiles.read(("\uFEFFName,Purpose\nPayroll,\"Pay, and tax\"\n").getBytes(StandardCharsets.UTF_8)).get(0);
        assertEquals(List.of("Name", "Purpose"), utf8.rows().get(0), "the byte-order mark is not part of the first heading");
        assertEquals("Pay, and tax", utf8.text(1, 1));
    }

    @Test
    void whatIsNoSpreadsheetIsRefusedNamingTheFile() {
        InvalidFieldException empty = assertThrows(InvalidFieldException.class, () -> SheetFiles.read(new byte[0]));
        assertEquals("file", empty.problems().get(0).field());
        byte[] notAWorkbook = "PK\u0003\u0004 nothing else".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("sheet.unreadable", assertThrows(InvalidFieldException.class, () -> SheetFiles.read(notAWorkbook))
                .problems().get(0).text().key());
    }

    private static byte[] ods(String content) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            ZipEntry mimetype = new ZipEntry("mimetype");
            zip.putNextEntry(mimetype);
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
