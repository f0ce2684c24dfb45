package de.ropa.spreadsheets.control;

import de.ropa.spreadsheets.control.ActivityDraft.Located;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the activities in the sheets of a register kept elsewhere, in the two shapes registers take: a table (a
 * heading row, maybe under a title and above merged group headings; one row per activity) and a form (one sheet per
 * activity, labels in the first column, values beside them, lists as blocks of rows as in the CNIL's fiche).
 */
public final class SheetActivities {

    private static final int HEADING_SEARCH_ROWS = 30;
    /** Fields a form states as a block of rows rather than on one line. */
    private static final Set<ActivityField> BLOCKS = EnumSet.of(ActivityField.DATA_CATEGORIES, ActivityField.SPECIAL_DATA,
            ActivityField.SUBJECTS, ActivityField.RECIPIENTS, ActivityField.MEASURES, ActivityField.THIRD_COUNTRIES);

    private final Map<String, Optional<ActivityField>> mapping;
    private final ImportReading reading;
    private final List<ActivityDraft> drafts = new ArrayList<>();

    /**
     * @param mapping the user's choices: a column (its letter, e.g. "C", or its heading) to a field, or to none to leave
     *                it out; columns not named are recognised by their headings
     */
    private SheetActivities(Map<String, Optional<ActivityField>> mapping, ImportReading reading) {
        this.mapping = new LinkedHashMap<>();
        mapping.forEach((column, field) -> this.mapping.put(CellValues.comparable(column), field));
        this.reading = reading;
    }

    public static List<ActivityDraft> read(List<Sheet> sheets, Map<String, Optional<ActivityField>> mapping, ImportReading reading) {
        SheetActivities reader = new SheetActivities(mapping, reading);
        boolean recognised = sheets.stream().anyMatch(reader::recognised);
        sheets.forEach(sheet -> reader.readSheet(sheet, recognised));
        return reader.drafts;
    }

    /** Whether the sheet has a heading row or a form the import knows. */
    private boolean recognised(Sheet sheet) {
        int row = headingRow(sheet);
        return row >= 0 || isForm(sheet, row);
    }

    /** The columns a table's heading row has, as the preview shows them for mapping. */
    public record Heading(String sheet, String column, String heading, ActivityField field) {
    }

    public static List<Heading> headings(List<Sheet> sheets, Map<String, Optional<ActivityField>> mapping) {
        SheetActivities reader = new SheetActivities(mapping, new ImportReading());
        List<Heading> headings = new ArrayList<>();
        boolean recognised = sheets.stream().anyMatch(reader::recognised);
        for (Sheet sheet : sheets) {
            int row = recognised ? reader.headingRow(sheet) : firstTableRow(sheet);
            if (row >= 0 && !reader.isForm(sheet, row)) {
                for (int c = 0; c < widthAround(sheet, row); c++) {
                    String heading = headingAt(sheet, row, c);
                    if (!heading.isBlank()) {
                        headings.add(new Heading(sheet.name(), Sheet.columnName(c), heading, reader.fieldOf(sheet, heading, c).orElse(null)));
                    }
                }
            }
        }
        return headings;
    }

    /**
     * @param anyRecognised whether some sheet of the file has headings or a form the import knows; when none has, every
     *                      sheet's first row of two or more texts is taken as its headings, for the user to map
     */
    private void readSheet(Sheet sheet, boolean anyRecognised) {
        int headingRow = anyRecognised ? headingRow(sheet) : firstTableRow(sheet);
        if (anyRecognised && isForm(sheet, headingRow)) {
            readForm(sheet);
        } else if (headingRow >= 0) {
            readTable(sheet, headingRow);
        }
    }

    /** The first row with two texts or more: the headings of a table whose headings the import does not know. */
    private static int firstTableRow(Sheet sheet) {
        for (int r = 0; r < Math.min(HEADING_SEARCH_ROWS, sheet.rows().size()); r++) {
            if (sheet.rows().get(r).stream().filter(t -> t != null && !t.isBlank()).count() >= 2) {
                return r;
            }
        }
        return -1;
    }

    /** The row with the most headings that name a field, within the first rows; -1 when no row names two. */
    private int headingRow(Sheet sheet) {
        int best = -1;
        int bestCount = 1;
        for (int r = 0; r < Math.min(HEADING_SEARCH_ROWS, sheet.rows().size()); r++) {
            Set<ActivityField> named = EnumSet.noneOf(ActivityField.class);
            for (int c = 0; c < widthAround(sheet, r); c++) {
                fieldOf(sheet, headingAt(sheet, r, c), c).ifPresent(named::add);
            }
            if (named.size() > bestCount && (named.contains(ActivityField.NAME) || named.contains(ActivityField.PURPOSES))) {
                best = r;
                bestCount = named.size();
            }
        }
        return best;
    }

    /** A heading, or for a cell under a merged group heading and blank itself, the group's heading above it. */
    private static String headingAt(Sheet sheet, int row, int column) {
        String heading = sheet.text(row, column);
        return heading.isBlank() ? sheet.text(row - 1, column) : heading;
    }

    private static int widthAround(Sheet sheet, int row) {
        return Math.max(sheet.width(row), sheet.width(row - 1));
    }

    /** The field a column is read as: the user's choice for the sheet's column, for the column, for the heading, or its heading's. */
    private Optional<ActivityField> fieldOf(Sheet sheet, String heading, int column) {
        Optional<ActivityField> bySheet = mapping.get(CellValues.comparable(sheet.name() + "!" + Sheet.columnName(column)));
        if (bySheet != null) {
            return bySheet;
        }
        Optional<ActivityField> byLetter = mapping.get(CellValues.comparable(Sheet.columnName(column)));
        if (byLetter != null) {
            return byLetter;
        }
        Optional<ActivityField> byHeading = mapping.get(CellValues.comparable(heading));
        return byHeading != null ? byHeading : ActivityField.named(heading);
    }

    /** A form names more fields down its first column than any row names across. */
    private boolean isForm(Sheet sheet, int headingRow) {
        Set<ActivityField> labels = EnumSet.noneOf(ActivityField.class);
        for (int r = 0; r < sheet.rows().size(); r++) {
            ActivityField.named(sheet.text(r, 0)).ifPresent(labels::add);
        }
        int across = 0;
        for (int c = 0; headingRow >= 0 && c < widthAround(sheet, headingRow); c++) {
            across += fieldOf(sheet, headingAt(sheet, headingRow, c), c).isPresent() ? 1 : 0;
        }
        return labels.size() >= 4 && labels.contains(ActivityField.NAME) && labels.size() > across;
    }

    private void readTable(Sheet sheet, int headingRow) {
        Map<Integer, ActivityField> columns = new LinkedHashMap<>();
        for (int c = 0; c < widthAround(sheet, headingRow); c++) {
            String heading = headingAt(sheet, headingRow, c);
            reading.heading(heading);
            reading.heading(sheet.text(headingRow, c));
            Optional<ActivityField> field = fieldOf(sheet, heading, c);
            if (field.isPresent()) {
                columns.put(c, field.get());
            } else if (!heading.isBlank()) {
                reading.ignored(sheet.name(), heading);
            }
        }
        if (!columns.containsValue(ActivityField.NAME) && !columns.containsValue(ActivityField.PURPOSES)) {
            reading.fileProblem(new CellProblem(sheet.reference(headingRow, 0), "", "",
                    de.ropa.platform.i18n.Text.of("sheet.unmapped", sheet.name())));
            return;
        }
        ActivityDraft previous = null;
        for (int r = headingRow + 1; r < sheet.rows().size(); r++) {
            int at = r;
            if (columns.keySet().stream().allMatch(c -> sheet.text(at, c).isBlank())) {
                continue; // blank rows, and rows with only notes outside the mapped columns
            }
            String name = columns.entrySet().stream().filter(e -> e.getValue() == ActivityField.NAME)
                    .map(e -> sheet.text(at, e.getKey()).strip()).filter(t -> !t.isEmpty()).findFirst().orElse("");
            boolean continues = previous != null && columns.containsValue(ActivityField.NAME)
                    && (name.isEmpty() || CellValues.comparable(name).equals(CellValues.comparable(previous.name())));
            ImportRow row = continues ? previous.row
                    : reading.row(sheet.name(), r, sheet.reference(r, 0).replaceFirst("A(\\d+)$", "$1"), ImportRow.RowKind.ACTIVITY);
            ActivityDraft draft = new ActivityDraft(row);
            columns.forEach((c, field) -> draft.add(field, sheet.text(at, c), sheet.reference(at, c), headingAt(sheet, headingRow, c)));
            if (continues) {
                // an activity over several rows (its name merged over them, or left blank below it): one purpose per row
                previous.continued.add(draft);
            } else {
                drafts.add(draft);
                previous = draft;
            }
        }
    }

    private void readForm(Sheet sheet) {
        ImportRow row = reading.row(sheet.name(), 0, sheet.reference(0, 0).replaceFirst("!A1$", ""), ImportRow.RowKind.ACTIVITY);
        ActivityDraft draft = new ActivityDraft(row);
        for (int r = 0; r < sheet.rows().size(); r++) {
            String label = sheet.text(r, 0);
            Optional<ActivityField> field = ActivityField.named(label);
            if (field.isEmpty()) {
                continue;
            }
            reading.heading(label);
            if (BLOCKS.contains(field.get()) && startsBlock(sheet, r)) {
                r = readBlock(sheet, r, field.get(), draft) - 1;
            } else {
                draft.add(field.get(), valuesBeside(sheet, r), sheet.reference(r, 1), label);
            }
        }
        if (draft.name().isBlank() && draft.weight() <= 1) {
            reading.rows().remove(row); // an empty copy of the form: the template itself
            return;
        }
        drafts.add(draft);
    }

    /** A block: the next row's label names no field, so it is an item of this one. */
    private static boolean startsBlock(Sheet sheet, int row) {
        String next = sheet.text(row + 1, 0);
        return !next.isBlank() && ActivityField.named(next).isEmpty();
    }

    /** The distinct texts right of the label: a value merged over several cells counts once. */
    private static String valuesBeside(Sheet sheet, int row) {
        List<String> values = new ArrayList<>();
        for (int c = 1; c < sheet.width(row); c++) {
            String text = sheet.text(row, c).strip();
            if (!text.isEmpty() && !values.contains(text)) {
                values.add(text);
            }
        }
        return String.join("\n", values);
    }

    /** Reads a block's item rows; answers the first row after it. */
    private int readBlock(Sheet sheet, int headingRow, ActivityField field, ActivityDraft draft) {
        List<String> subHeadings = new ArrayList<>();
        for (int c = 1; c < sheet.width(headingRow); c++) {
            subHeadings.add(sheet.text(headingRow, c));
        }
        int r = headingRow + 1;
        for (; r < sheet.rows().size(); r++) {
            String label = sheet.text(r, 0);
            if (label.isBlank() || ActivityField.named(label).isPresent()) {
                break;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 1; c < sheet.width(r); c++) {
                String heading = c - 1 < subHeadings.size() ? subHeadings.get(c - 1) : "";
                String text = sheet.text(r, c).strip();
                if (!text.isEmpty() && !values.containsValue(text)) {
                    values.merge(heading, text, (a, b) -> a + " " + b);
                }
            }
            if (!values.isEmpty()) {
                item(field, label, values, new Located(String.join(" | ", values.values()), sheet.reference(r, 1), label), draft);
            }
        }
        return r;
    }

    private static void item(ActivityField field, String label, Map<String, String> values, Located where, ActivityDraft draft) {
        List<String> texts = new ArrayList<>(values.values());
        switch (field) {
            case DATA_CATEGORIES, SPECIAL_DATA -> {
                String erasure = valueUnder(values, ActivityField.ERASURE);
                String description = values.entrySet().stream()
                        .filter(e -> ActivityField.named(e.getKey()).orElse(null) != ActivityField.ERASURE)
                        .map(Map.Entry::getValue).findFirst().orElse(null);
                draft.dataItems.add(new ActivityDraft.DataItem(description == null ? label : description, erasure,
                        field == ActivityField.SPECIAL_DATA, where));
            }
            case RECIPIENTS -> draft.recipientItems.add(new ActivityDraft.RecipientItem(texts.get(texts.size() - 1), texts.get(0), where));
            case THIRD_COUNTRIES -> draft.transferItems.add(new ActivityDraft.TransferItem(
                    firstUnder(values, "destinataire", "empfänger", "recipient"), firstUnder(values, "pays", "land", "country", "drittland"),
                    valueUnder(values, ActivityField.SAFEGUARDS), where));
            default -> draft.add(field, String.join(": ", texts), where.cell(), label);
        }
    }

    private static String valueUnder(Map<String, String> values, ActivityField field) {
        return values.entrySet().stream().filter(e -> ActivityField.named(e.getKey()).orElse(null) == field)
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static String firstUnder(Map<String, String> values, String... headings) {
        return values.entrySet().stream().filter(e -> {
            String heading = CellValues.comparable(e.getKey());
            return List.of(headings).stream().anyMatch(heading::startsWith);
        }).map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
