package de.ropa.spreadsheets.control;

import de.ropa.platform.control.InvalidFieldException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The sheets of an OpenDocument spreadsheet (LibreOffice's .ods, the format the CNIL publishes its register template
 * in), read from its content.xml as a stream: repeated rows and cells (a sheet's trailing million blank rows) are
 * not written out, merged areas are spread like Excel's.
 */
final class OpenDocumentSheets {

    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final long MAX_CONTENT = 100L * 1024 * 1024;

    private OpenDocumentSheets() {
    }

    static List<Sheet> read(byte[] file) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if ("content.xml".equals(entry.getName())) {
                    return sheets(new BoundedStream(zip, MAX_CONTENT));
                }
            }
        }
        throw new InvalidFieldException("file", "sheet.unreadable");
    }

    private static List<Sheet> sheets(InputStream content) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(content);
            List<Sheet> sheets = new ArrayList<>();
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && TABLE.equals(xml.getNamespaceURI())
                        && "table".equals(xml.getLocalName())) {
                    if (sheets.size() >= SheetFiles.MAX_SHEETS) {
                        throw new InvalidFieldException("file", "sheet.tooManySheets", SheetFiles.MAX_SHEETS);
                    }
                    sheets.add(table(xml));
                }
            }
            return sheets;
        } catch (XMLStreamException malformed) {
            throw new IOException(malformed);
        }
    }

    /** One table:table element, up to its end. */
    private static Sheet table(XMLStreamReader xml) throws XMLStreamException {
        String name = xml.getAttributeValue(TABLE, "name");
        List<List<String>> rows = new ArrayList<>();
        List<int[]> merged = new ArrayList<>();
        int pendingBlankRows = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "table".equals(xml.getLocalName()) && TABLE.equals(xml.getNamespaceURI())) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && TABLE.equals(xml.getNamespaceURI()) && "table-row".equals(xml.getLocalName())) {
                int repeated = number(xml.getAttributeValue(TABLE, "number-rows-repeated"));
                List<String> row = row(xml, rows.size() + pendingBlankRows, merged);
                if (row.stream().allMatch(String::isBlank)) {
                    // counted, not added: a sheet's trailing million blank rows are no rows; capped so the sum cannot overflow
                    pendingBlankRows = (int) Math.min((long) pendingBlankRows + repeated, SheetFiles.MAX_ROWS + 1L);
                    continue;
                }
                if ((long) rows.size() + pendingBlankRows + Math.min(repeated, SheetFiles.MAX_ROWS) > SheetFiles.MAX_ROWS) {
                    throw new InvalidFieldException("file", "sheet.tooManyRows", name, SheetFiles.MAX_ROWS);
                }
                for (int i = 0; i < pendingBlankRows; i++) {
                    rows.add(new ArrayList<>());
                }
                pendingBlankRows = 0;
                for (int i = 0; i < Math.min(repeated, SheetFiles.MAX_ROWS); i++) {
                    rows.add(new ArrayList<>(row));
                }
            }
        }
        SheetFiles.Spread spread = new SheetFiles.Spread();
        for (int[] area : merged) {
            spread.area(rows, area[0], area[1], area[2], area[3]);
        }
        return new Sheet(name == null ? "" : name, rows);
    }

    /** One table-row element, up to its end; spanned cells are noted for spreading. */
    private static List<String> row(XMLStreamReader xml, int rowIndex, List<int[]> merged) throws XMLStreamException {
        List<String> cells = new ArrayList<>();
        int pendingBlankCells = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "table-row".equals(xml.getLocalName())) {
                return cells;
            }
            if (event != XMLStreamConstants.START_ELEMENT || !TABLE.equals(xml.getNamespaceURI())) {
                continue;
            }
            boolean covered = "covered-table-cell".equals(xml.getLocalName());
            if (!covered && !"table-cell".equals(xml.getLocalName())) {
                continue;
            }
            int repeated = number(xml.getAttributeValue(TABLE, "number-columns-repeated"));
            int columnsSpanned = number(xml.getAttributeValue(TABLE, "number-columns-spanned"));
            int rowsSpanned = number(xml.getAttributeValue(TABLE, "number-rows-spanned"));
            String text = covered ? "" : cellText(xml);
            if (text.isBlank()) {
                pendingBlankCells += repeated;
                continue;
            }
            for (int i = 0; i < pendingBlankCells && cells.size() < SheetFiles.MAX_COLUMNS; i++) {
                cells.add("");
            }
            pendingBlankCells = 0;
            if ((columnsSpanned > 1 || rowsSpanned > 1) && cells.size() < SheetFiles.MAX_COLUMNS) {
                if (merged.size() >= SheetFiles.MAX_MERGED) {
                    throw new InvalidFieldException("file", "sheet.tooManyMerged", SheetFiles.MAX_MERGED);
                }
                merged.add(new int[] {rowIndex, cells.size(), rowIndex + rowsSpanned - 1, cells.size() + columnsSpanned - 1});
            }
            for (int i = 0; i < repeated && cells.size() < SheetFiles.MAX_COLUMNS; i++) {
                cells.add(text);
            }
        }
        return cells;
    }

    /** A cell's value: a date as its ISO date, otherwise its paragraphs, one per line. */
    private static String cellText(XMLStreamReader xml) throws XMLStreamException {
        String date = xml.getAttributeValue(OFFICE, "date-value");
        StringBuilder text = new StringBuilder();
        int depth = 1;
        int paragraphs = 0;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (TEXT.equals(xml.getNamespaceURI())) {
                    switch (xml.getLocalName()) {
                        case "p", "h" -> text.append(paragraphs++ > 0 ? "\n" : "");
                        case "line-break" -> text.append('\n');
                        case "tab" -> text.append('\t');
                        case "s" -> text.append(" ".repeat(Math.min(number(xml.getAttributeValue(TEXT, "c")), 100)));
                        default -> { }
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS && text.length() < SheetFiles.MAX_CELL) {
                text.append(xml.getText());
            }
        }
        return date != null && date.length() >= 10 ? date.substring(0, 10) : text.toString();
    }

    private static int number(String attribute) {
        try {
            return attribute == null ? 1 : Math.max(1, Integer.parseInt(attribute));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Stops reading past a limit: content.xml is inflated from the upload, and may be a bomb. */
    private static final class BoundedStream extends java.io.FilterInputStream {

        private long left;

        BoundedStream(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left-- <= 0) {
                throw new IOException("content.xml too large");
            }
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                throw new IOException("content.xml too large");
            }
            int read = super.read(b, off, (int) Math.min(len, left));
            left -= Math.max(read, 0);
            return read;
        }

        @Override
        public void close() {
            // the zip stream is closed by its owner
        }
    }
}
