package de.ropa.spreadsheets.control;

import de.ropa.platform.entity.Answer;
import de.ropa.platform.i18n.EnumLabels;
import de.ropa.platform.i18n.Languages;
import de.ropa.spreadsheets.control.WorkbookSheet.Column;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a register document as the product's workbook (XLSX): a sheet per kind, headings and values in German or
 * English (labels, not codes; yes and no as words; dates as dates), lists of names one per line in their cell. Rows
 * are streamed to the file, so a register of thousands of activities does not sit in the heap as cells.
 */
public final class WorkbookWriter {

    private static final int MAX_WIDTH = 60;

    private WorkbookWriter() {
    }

    public static byte[] write(JsonObject document, Locale language) {
        Locale locale = Languages.supported(language);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(workbook, locale);
            for (WorkbookSheet kind : WorkbookSheet.values()) {
                SXSSFSheet sheet = workbook.createSheet(kind.title(locale));
                if (kind.single()) {
                    writeSingle(sheet, kind, document.getJsonObject(kind.property()), styles, locale);
                } else {
                    writeTable(sheet, kind, entries(document, kind), styles, locale);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            workbook.dispose();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sheet's rows: the document's list, or every owner's list with the owner's key in front. */
    private static List<Entry> entries(JsonObject document, WorkbookSheet kind) {
        List<Entry> entries = new ArrayList<>();
        WorkbookSheet owner = kind.owner().orElse(null);
        if (owner == null) {
            array(document, kind.property()).forEach(e -> entries.add(new Entry(null, e.asJsonObject())));
        } else if (owner.single()) {
            JsonObject organisation = document.getJsonObject(owner.property());
            array(organisation, kind.property()).forEach(e -> entries.add(new Entry(string(organisation, "name"), e.asJsonObject())));
        } else {
            for (JsonValue ownerEntry : array(document, owner.property())) {
                JsonObject o = ownerEntry.asJsonObject();
                array(o, kind.property()).forEach(e -> entries.add(new Entry(string(o, "key"), e.asJsonObject())));
            }
        }
        return entries;
    }

    private record Entry(String owner, JsonObject values) {
    }

    private static void writeSingle(SXSSFSheet sheet, WorkbookSheet kind, JsonObject values, Styles styles, Locale locale) {
        Row heading = sheet.createRow(0);
        text(heading, 0, WorkbookSheet.text("single.field", locale), styles.heading);
        text(heading, 1, WorkbookSheet.text("single.value", locale), styles.heading);
        int r = 1;
        for (Column column : kind.columns()) {
            Row row = sheet.createRow(r++);
            text(row, 0, column.heading(locale), styles.wrapped);
            value(row, 1, column, values == null ? null : values.get(column.property()), styles, locale);
        }
        sheet.setColumnWidth(0, 45 * 256);
        sheet.setColumnWidth(1, MAX_WIDTH * 256);
        sheet.createFreezePane(0, 1);
    }

    private static void writeTable(SXSSFSheet sheet, WorkbookSheet kind, List<Entry> entries, Styles styles, Locale locale) {
        List<Column> columns = kind.columns();
        int first = kind.owner().isPresent() ? 1 : 0;
        Row heading = sheet.createRow(0);
        if (first == 1) {
            text(heading, 0, kind.ownerHeading(locale), styles.heading);
            sheet.setColumnWidth(0, 22 * 256);
        }
        for (int c = 0; c < columns.size(); c++) {
            text(heading, first + c, columns.get(c).heading(locale), styles.heading);
            sheet.setColumnWidth(first + c, Math.min(MAX_WIDTH, Math.max(14, columns.get(c).heading(locale).length() + 2)) * 256);
        }
        int r = 1;
        for (Entry entry : entries) {
            Row row = sheet.createRow(r++);
            if (first == 1) {
                text(row, 0, entry.owner(), styles.wrapped);
            }
            for (int c = 0; c < columns.size(); c++) {
                value(row, first + c, columns.get(c), entry.values().get(columns.get(c).property()), styles, locale);
            }
        }
        sheet.createFreezePane(first, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, first + columns.size() - 1));
    }

    private static void value(Row row, int c, Column column, JsonValue value, Styles styles, Locale locale) {
        if (value == null || value == JsonValue.NULL) {
            return;
        }
        if (value instanceof JsonArray list) {
            text(row, c, list.stream().map(v -> shown(column.valueType(), v, locale)).collect(Collectors.joining("\n")), styles.wrapped);
        } else if (column.valueType() == LocalDate.class && value instanceof JsonString date) {
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
            cell.setCellValue(LocalDate.parse(date.getString()));
            cell.setCellStyle(styles.date);
        } else if (value instanceof JsonNumber number) {
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
            cell.setCellValue(number.doubleValue());
        } else {
            text(row, c, shown(column.valueType(), value, locale), styles.wrapped);
        }
    }

    /** A value as a reader of the language says it: an enum by its label, yes and no as words. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static String shown(Class<?> type, JsonValue value, Locale locale) {
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return EnumLabels.label(value == JsonValue.TRUE ? Answer.YES : Answer.NO, locale);
        }
        String text = value instanceof JsonString s ? s.getString() : value.toString();
        if (type.isEnum()) {
            return EnumLabels.label(Enum.valueOf((Class<Enum>) type, text), locale);
        }
        return text;
    }

    private static void text(Row row, int c, String text, CellStyle style) {
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
        cell.setCellValue(text == null ? "" : text);
        cell.setCellStyle(style);
    }

    private static JsonArray array(JsonObject object, String property) {
        return object == null || !(object.get(property) instanceof JsonArray list) ? JsonValue.EMPTY_JSON_ARRAY : list;
    }

    private static String string(JsonObject object, String property) {
        return object.get(property) instanceof JsonString s ? s.getString() : null;
    }

    /** The three looks of the workbook's cells. */
    private static final class Styles {

        final CellStyle heading;
        final CellStyle wrapped;
        final CellStyle date;

        Styles(SXSSFWorkbook workbook, Locale locale) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading = workbook.createCellStyle();
            heading.setFont(bold);
            heading.setWrapText(true);
            heading.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            date = workbook.createCellStyle();
            date.setVerticalAlignment(VerticalAlignment.TOP);
            date.setDataFormat(workbook.createDataFormat().getFormat(Locale.ENGLISH.equals(locale) ? "yyyy-mm-dd" : "dd.mm.yyyy"));
        }
    }
}
