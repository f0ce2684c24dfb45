package de.ropa.spreadsheets.control;

import de.ropa.platform.control.InvalidFieldException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads an uploaded spreadsheet, whatever its program wrote: Excel (XLSX, and the old XLS), OpenDocument (ODS) or CSV
 * (comma, semicolon or tab; UTF-8 or Windows-1252, as Excel writes it). The kind is told by the file's first bytes,
 * not by its name. What a file may hold is bounded, so a crafted file cannot fill the heap.
 */
public final class SheetFiles {

    public static final int MAX_SHEETS = 300;
    public static final int MAX_ROWS = 20_000;
    public static final int MAX_COLUMNS = 200;
    static final int MAX_CELL = 32_767;

    static {
        // a workbook that inflates more than a hundredfold, or to an entry over 100 MB, is refused as a zip bomb
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    }

    private SheetFiles() {
    }

    public static List<Sheet> read(byte[] file) {
        if (file == null || file.length == 0) {
            throw new InvalidFieldException("file", "sheet.empty");
        }
        try {
            if (startsWith(file, 'P', 'K')) {
                return isOpenDocument(file) ? OpenDocumentSheets.read(file) : workbook(file);
            }
            if (startsWith(file, 0xD0, 0xCF, 0x11, 0xE0)) {
                return workbook(file);
            }
            return List.of(csv(file));
        } catch (InvalidFieldException refused) {
            throw refused;
        } catch (IOException | RuntimeException unreadable) {
            throw new InvalidFieldException("file", "sheet.unreadable");
        }
    }

    private static boolean startsWith(byte[] file, int... bytes) {
        if (file.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((file[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOpenDocument(byte[] file) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            ZipEntry first = zip.getNextEntry();
            return first != null && "mimetype".equals(first.getName())
                    && new String(zip.readNBytes(100), StandardCharsets.US_ASCII).startsWith("application/vnd.oasis.opendocument.spreadsheet");
        }
    }

    private static List<Sheet> workbook(byte[] file) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            if (workbook.getNumberOfSheets() > MAX_SHEETS) {
                throw new InvalidFieldException("file", "sheet.tooManySheets", MAX_SHEETS);
            }
            DataFormatter formatter = new DataFormatter(java.util.Locale.GERMANY);
            List<Sheet> sheets = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
                sheets.add(new Sheet(sheet.getSheetName(), rowsOf(sheet, formatter)));
            }
            return sheets;
        }
    }

    private static List<List<String>> rowsOf(org.apache.poi.ss.usermodel.Sheet sheet, DataFormatter formatter) {
        int last = sheet.getLastRowNum();
        if (last >= MAX_ROWS) {
            throw new InvalidFieldException("file", "sheet.tooManyRows", sheet.getSheetName(), MAX_ROWS);
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= last; r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; row != null && c < Math.min(row.getLastCellNum(), MAX_COLUMNS); c++) {
                cells.add(text(row.getCell(c), formatter));
            }
            rows.add(cells);
        }
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            spread(rows, merged.getFirstRow(), merged.getFirstColumn(), merged.getLastRow(), merged.getLastColumn());
        }
        return rows;
    }

    /** A merged area's text in every cell it covers: a legal basis merged over three rows applies to each of them. */
    static void spread(List<List<String>> rows, int firstRow, int firstColumn, int lastRow, int lastColumn) {
        if (firstRow >= rows.size() || firstColumn >= rows.get(firstRow).size()) {
            return;
        }
        String text = rows.get(firstRow).get(firstColumn);
        for (int r = firstRow; r <= Math.min(lastRow, rows.size() - 1); r++) {
            List<String> row = rows.get(r);
            for (int c = firstColumn; c <= Math.min(lastColumn, MAX_COLUMNS - 1); c++) {
                while (row.size() <= c) {
                    row.add("");
                }
                row.set(c, text);
            }
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
            return date.toString();
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue();
        }
        if (type == CellType.BOOLEAN) {
            return cell.getBooleanCellValue() ? "true" : "false";
        }
        if (type == CellType.NUMERIC) {
            double number = cell.getNumericCellValue();
            return number == Math.rint(number) && Math.abs(number) < 1e15 ? String.valueOf((long) number) : formatter.formatCellValue(cell);
        }
        return "";
    }

    private static Sheet csv(byte[] file) throws IOException {
        String text = decoded(file);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(delimiterOf(text)).get();
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    throw new InvalidFieldException("file", "sheet.tooManyRows", "CSV", MAX_ROWS);
                }
                List<String> cells = new ArrayList<>();
                record.forEach(cell -> {
                    if (cells.size() < MAX_COLUMNS) {
                        cells.add(cell.length() > MAX_CELL ? cell.substring(0, MAX_CELL) : cell);
                    }
                });
                rows.add(cells);
            }
        }
        return new Sheet("CSV", rows);
    }

    /** UTF-8 when the bytes are UTF-8, else Windows-1252, which Excel writes for "CSV (Trennzeichen-getrennt)". */
    private static String decoded(byte[] file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(file, Charset.forName("windows-1252"));
        }
    }

    /** The separator the first line uses most, outside quotes: German Excel writes semicolons, English commas. */
    private static char delimiterOf(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        return tabs > semicolons && tabs > commas ? '\t' : semicolons >= commas && semicolons > 0 ? ';' : ',';
    }
}
