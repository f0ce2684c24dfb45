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
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "ropa", null);
            for (WorkbookSheet kind : WorkbookSheet.values()) {
                Worksheet sheet = workbook.newWorksheet(kind.title(locale));
                Cells cells = new Cells(sheet, locale);
                if (kind.single()) {
                    writeSingle(cells, kind, document.getJsonObject(kind.property()), locale);
                } else {
                    writeTable(cells, kind, entries(document, kind), locale);
                }
                sheet.finish();
            }
            workbook.finish();
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

    private static void writeSingle(Cells cells, WorkbookSheet kind, JsonObject values, Locale locale) throws IOException {
        cells.sheet.width(0, 45);
        cells.sheet.width(1, MAX_WIDTH);
        cells.sheet.freezePane(0, 1);
        cells.heading(0, 0, WorkbookSheet.text("single.field", locale));
        cells.heading(0, 1, WorkbookSheet.text("single.value", locale));
        int r = 1;
        for (Column column : kind.columns()) {
            cells.text(r, 0, column.heading(locale));
            value(cells, r++, 1, column, values == null ? null : values.get(column.property()), locale);
        }
    }

    private static void writeTable(Cells cells, WorkbookSheet kind, List<Entry> entries, Locale locale) throws IOException {
        List<Column> columns = kind.columns();
        int first = kind.owner().isPresent() ? 1 : 0;
        if (first == 1) {
            cells.sheet.width(0, 22);
            cells.heading(0, 0, kind.ownerHeading(locale));
        }
        for (int c = 0; c < columns.size(); c++) {
            cells.sheet.width(first + c, Math.min(MAX_WIDTH, Math.max(14, columns.get(c).heading(locale).length() + 2)));
            cells.heading(0, first + c, columns.get(c).heading(locale));
        }
        cells.sheet.freezePane(first, 1);
        int r = 1;
        for (Entry entry : entries) {
            if (first == 1) {
                cells.text(r, 0, entry.owner());
            }
            for (int c = 0; c < columns.size(); c++) {
                value(cells, r, first + c, columns.get(c), entry.values().get(columns.get(c).property()), locale);
            }
            cells.rowDone(r++);
        }
        cells.sheet.setAutoFilter(0, 0, Math.max(0, r - 1), first + columns.size() - 1);
    }

    private static void value(Cells cells, int r, int c, Column column, JsonValue value, Locale locale) {
        if (value == null || value == JsonValue.NULL) {
            return;
        }
        if (value instanceof JsonArray list) {
            cells.text(r, c, list.stream().map(v -> shown(column.valueType(), v, locale)).collect(Collectors.joining("\n")));
        } else if (column.valueType() == LocalDate.class && value instanceof JsonString date) {
            cells.date(r, c, LocalDate.parse(date.getString()));
        } else if (value instanceof JsonNumber number) {
            cells.sheet.value(r, c, number.doubleValue());
        } else {
            cells.text(r, c, shown(column.valueType(), value, locale));
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

    private static JsonArray array(JsonObject object, String property) {
        return object == null || !(object.get(property) instanceof JsonArray list) ? JsonValue.EMPTY_JSON_ARRAY : list;
    }

    private static String string(JsonObject object, String property) {
        return object.get(property) instanceof JsonString s ? s.getString() : null;
    }

    /**
     * The workbook's three looks (bold headings, wrapped text at the top, dates in the language's order) on one sheet,
     * whose rows are written out every {@value #ROWS_HELD} rows: a register of thousands of activities does not sit in
     * the heap as cells.
     */
    private static final class Cells {

        private static final int ROWS_HELD = 200;

        final Worksheet sheet;
        private final String dateFormat;

        Cells(Worksheet sheet, Locale locale) {
            this.sheet = sheet;
            this.dateFormat = Locale.ENGLISH.equals(locale) ? "yyyy-mm-dd" : "dd.mm.yyyy";
        }

        void heading(int r, int c, String text) {
            sheet.value(r, c, text == null ? "" : text);
            sheet.style(r, c).bold().wrapText(true).verticalAlignment("top").set();
        }

        void text(int r, int c, String text) {
            sheet.value(r, c, text == null ? "" : text);
            sheet.style(r, c).wrapText(true).verticalAlignment("top").set();
        }

        void date(int r, int c, LocalDate date) {
            sheet.value(r, c, date);
            sheet.style(r, c).format(dateFormat).verticalAlignment("top").set();
        }

        void rowDone(int r) throws IOException {
            if (r % ROWS_HELD == 0) {
                sheet.flush();
            }
        }
    }
}
