package de.ropa.spreadsheets.control;

import de.ropa.platform.boundary.BodyLimits;
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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads an uploaded spreadsheet, whatever its program wrote: Excel (XLSX by {@link ExcelSheets}, the old XLS by Apache
 * POI), OpenDocument (ODS) or CSV
 * (comma, semicolon or tab; UTF-8 or Windows-1252, as Excel writes it). The kind is told by the file's first bytes,
 * not by its name. What a file may hold is bounded, so a crafted file cannot fill the heap.
 */
public final class SheetFiles {

    public static final int MAX_SHEETS = 300;
    public static final int MAX_ROWS = 20_000;
    public static final int MAX_COLUMNS = 200;
    /** Merged areas per sheet, and cells their text is spread into per file: a register merges a few hundred. */
    static final int MAX_MERGED = 20_000;
    static final long MAX_SPREAD_CELLS = 2_000_000;
    /** What a workbook's parts may inflate to in all: a zip bomb is refused before its parts are read. */
    static final long MAX_UNPACKED = 60L * 1024 * 1024;
    static final int MAX_CELL = 32_767;

    private SheetFiles() {
    }

    /**
     * Reads an upload up to {@code limit} bytes: a body longer than that (sent without a declared length, which the body
     * filter cannot refuse up front) is refused without being held whole.
     */
    public static byte[] bounded(java.io.InputStream upload, long limit) {
        try {
            byte[] file = upload.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
            if (file.length > limit) {
                throw new InvalidFieldException("file", "sheet.tooLarge", BodyLimits.describe(limit));
            }
            return file;
        } catch (IOException unreadable) {
            throw new InvalidFieldException("file", "sheet.unreadable");
        }
    }

    public static List<Sheet> read(byte[] file) {
        if (file == null || file.length == 0) {
            throw new InvalidFieldException("file", "sheet.empty");
        }
        try {
            if (startsWith(file, 'P', 'K')) {
                if (isOpenDocument(file)) {
                    return OpenDocumentSheets.read(file);
                }
                return ExcelSheets.read(file);
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

    /** An Excel 97–2003 workbook (.xls), which POI reads without its OOXML part. */
    private static List<Sheet> workbook(byte[] file) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            if (workbook.getNumberOfSheets() > MAX_SHEETS) {
                throw new InvalidFieldException("file", "sheet.tooManySheets", MAX_SHEETS);
            }
            List<Sheet> sheets = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
                sheets.add(new Sheet(sheet.getSheetName(), rowsOf(sheet)));
            }
            return sheets;
        }
    }

    private static List<List<String>> rowsOf(org.apache.poi.ss.usermodel.Sheet sheet) {
        int last = sheet.getLastRowNum();
        if (last >= MAX_ROWS) {
            throw new InvalidFieldException("file", "sheet.tooManyRows", sheet.getSheetName(), MAX_ROWS);
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= last; r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; row != null && c < Math.min(row.getLastCellNum(), MAX_COLUMNS); c++) {
                cells.add(text(row.getCell(c)));
            }
            rows.add(cells);
        }
        if (sheet.getNumMergedRegions() > MAX_MERGED) {
            throw new InvalidFieldException("file", "sheet.tooManyMerged", MAX_MERGED);
        }
        Spread spread = new Spread();
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            spread.area(rows, merged.getFirstRow(), merged.getFirstColumn(), merged.getLastRow(), merged.getLastColumn());
        }
        return rows;
    }

    /**
     * Spreads merged areas: an area's text stands in every cell it covers (a legal basis merged over three rows applies
     * to each of them), within the sheet's rows and columns; the cells written are counted against a limit, so
     * overlapping or oversized areas cannot keep the server busy.
     */
    static final class Spread {

        private long written;

        void area(List<List<String>> rows, int firstRow, int firstColumn, int lastRow, int lastColumn) {
            if (firstRow < 0 || firstColumn < 0 || firstRow >= rows.size() || firstColumn >= rows.get(firstRow).size()) {
                return;
            }
            String text = rows.get(firstRow).get(firstColumn);
            int toRow = Math.min(lastRow, rows.size() - 1);
            int toColumn = Math.min(lastColumn, MAX_COLUMNS - 1);
            written += (long) (toRow - firstRow + 1) * (toColumn - firstColumn + 1);
            if (written > MAX_SPREAD_CELLS) {
                throw new InvalidFieldException("file", "sheet.tooManyMerged", MAX_MERGED);
            }
            for (int r = firstRow; r <= toRow; r++) {
                List<String> row = rows.get(r);
                for (int c = firstColumn; c <= toColumn; c++) {
                    while (row.size() <= c) {
                        row.add("");
                    }
                    row.set(c, text);
                }
            }
        }
    }

    private static String text(Cell cell) {
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
            // the number itself, not the formula's text (DataFormatter shows a formula cell's formula)
            return number == Math.rint(number) && Math.abs(number) < 1e15 ? String.valueOf((long) number)
                    : java.math.BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
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
