package de.ropa.spreadsheets.control;

import de.ropa.exchange.boundary.RegisterDocument;
import de.ropa.platform.i18n.Languages;
import de.ropa.platform.i18n.Text;
import de.ropa.spreadsheets.control.WorkbookSheet.Column;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the product's own workbook back into a register document: sheets and headings are recognised in German and
 * English (and by property name), values by their labels as {@link WorkbookWriter} writes them and as people change
 * them. A list's sheet finds its entry by the entry's key.
 */
public final class WorkbookReader {

    private static final Map<WorkbookSheet, ImportRow.RowKind> KINDS = Map.ofEntries(
            Map.entry(WorkbookSheet.ORGANISATION, ImportRow.RowKind.ORGANISATION),
            Map.entry(WorkbookSheet.JOINT_CONTROLLERS, ImportRow.RowKind.JOINT_CONTROLLER),
            Map.entry(WorkbookSheet.ACTIVITIES, ImportRow.RowKind.ACTIVITY),
            Map.entry(WorkbookSheet.PURPOSES, ImportRow.RowKind.PURPOSE),
            Map.entry(WorkbookSheet.DATA_CATEGORIES, ImportRow.RowKind.DATA_CATEGORY),
            Map.entry(WorkbookSheet.RECIPIENTS, ImportRow.RowKind.RECIPIENT),
            Map.entry(WorkbookSheet.CHANNELS, ImportRow.RowKind.CHANNEL),
            Map.entry(WorkbookSheet.DEVIATIONS, ImportRow.RowKind.DEVIATION),
            Map.entry(WorkbookSheet.PROCESSORS, ImportRow.RowKind.PROCESSOR),
            Map.entry(WorkbookSheet.TRANSFERS, ImportRow.RowKind.TRANSFER),
            Map.entry(WorkbookSheet.MEASURES, ImportRow.RowKind.MEASURE));
    private static final List<String> NAME_PROPERTIES = List.of("name", "title", "recipient", "description", "topic");

    private final ImportReading reading = new ImportReading();
    /** Per sheet of entries, each entry's values by index, and the index of each key. */
    private final Map<WorkbookSheet, List<JsonObjectBuilder>> entries = new LinkedHashMap<>();
    private final Map<WorkbookSheet, Map<String, Integer>> keys = new HashMap<>();

    private WorkbookReader() {
    }

    /**
     * Whether the file is the product's workbook: its activities sheet under one of its names, with the key column
     * that links the other sheets (a register of one's own may well call its sheet "Activities").
     */
    public static boolean recognises(List<Sheet> sheets) {
        return find(sheets, WorkbookSheet.ACTIVITIES).filter(sheet -> {
            WorkbookSheet.Column key = WorkbookSheet.ACTIVITIES.columns().stream().filter(c -> c.property().equals("key")).findFirst().orElseThrow();
            return sheet.rows().stream().findFirst().orElse(List.of()).stream().anyMatch(key::named);
        }).isPresent();
    }

    public static ImportReading read(List<Sheet> sheets) {
        return new WorkbookReader().readAll(sheets);
    }

    private ImportReading readAll(List<Sheet> sheets) {
        if (find(sheets, WorkbookSheet.ACTIVITIES).isEmpty()) {
            reading.fileProblem(new CellProblem("", "", "", Text.of("sheet.missing", WorkbookSheet.ACTIVITIES)));
        }
        JsonObjectBuilder organisation = Json.createObjectBuilder();
        find(sheets, WorkbookSheet.ORGANISATION).ifPresent(sheet -> readSingle(sheet, organisation));
        for (WorkbookSheet kind : WorkbookSheet.values()) {
            if (!kind.single() && kind.owner().isEmpty()) {
                entries.put(kind, new ArrayList<>());
                find(sheets, kind).ifPresent(sheet -> readTable(sheet, kind));
            }
        }
        Map<WorkbookSheet, Map<Integer, JsonArrayBuilder>> lists = new HashMap<>();
        for (WorkbookSheet kind : WorkbookSheet.values()) {
            if (kind.owner().isPresent()) {
                find(sheets, kind).ifPresent(sheet -> lists.put(kind, readList(sheet, kind)));
            }
        }
        JsonObjectBuilder document = Json.createObjectBuilder()
                .add("format", RegisterDocument.FORMAT).add("formatVersion", RegisterDocument.FORMAT_VERSION);
        Map<Integer, JsonArrayBuilder> jointControllers = lists.getOrDefault(WorkbookSheet.JOINT_CONTROLLERS, Map.of());
        if (jointControllers.containsKey(0)) {
            organisation.add(WorkbookSheet.JOINT_CONTROLLERS.property(), jointControllers.get(0));
        }
        document.add("organisation", organisation);
        entries.forEach((kind, list) -> {
            JsonArrayBuilder array = Json.createArrayBuilder();
            for (int i = 0; i < list.size(); i++) {
                JsonObjectBuilder entry = list.get(i);
                for (WorkbookSheet listKind : kind.lists()) {
                    JsonArrayBuilder children = lists.getOrDefault(listKind, Map.of()).get(i);
                    if (children != null) {
                        entry.add(listKind.property(), children);
                    }
                }
                array.add(entry);
            }
            document.add(kind.property(), array);
        });
        reading.document(document.build());
        return reading;
    }

    private static Optional<Sheet> find(List<Sheet> sheets, WorkbookSheet kind) {
        return sheets.stream().filter(s -> Languages.SUPPORTED.stream()
                        .anyMatch(l -> CellValues.comparable(kind.title(l)).equals(CellValues.comparable(s.name())))
                        || CellValues.comparable(kind.name()).equals(CellValues.comparable(s.name())))
                .findFirst();
    }

    private void readSingle(Sheet sheet, JsonObjectBuilder organisation) {
        ImportRow row = reading.row(sheet.name(), 0, sheet.name(), ImportRow.RowKind.ORGANISATION);
        reading.origin("organisation", row, sheet.reference(0, 0), "", "");
        List<Column> columns = WorkbookSheet.ORGANISATION.columns();
        for (int r = 1; r < sheet.rows().size(); r++) {
            String label = sheet.text(r, 0);
            Optional<Column> column = columns.stream().filter(c -> c.named(label)).findFirst();
            if (column.isPresent()) {
                cell(sheet, r, 1, column.get(), label, "organisation", row, organisation);
            } else if (!label.isBlank()) {
                reading.ignored(sheet.name(), label);
            }
        }
        JsonObject read = organisation.build();
        row.name(read.get("name") instanceof JsonString s ? s.getString() : "");
        organisation.addAll(Json.createObjectBuilder(read));
    }

    private void readTable(Sheet sheet, WorkbookSheet kind) {
        Map<Integer, Column> columns = headings(sheet, kind);
        List<JsonObjectBuilder> list = entries.get(kind);
        Map<String, Integer> index = keys.computeIfAbsent(kind, k -> new HashMap<>());
        for (int r = 1; r < sheet.rows().size(); r++) {
            if (sheet.blank(r)) {
                continue;
            }
            String path = kind.property() + "[" + list.size() + "]";
            ImportRow row = reading.row(sheet.name(), r, sheet.reference(r, 0).replaceFirst("A(\\d+)$", "$1"), KINDS.get(kind));
            reading.origin(path, row, sheet.reference(r, 0).replaceFirst("A(\\d+)$", "$1"), "", "");
            JsonObjectBuilder entry = Json.createObjectBuilder();
            int at = r;
            columns.forEach((c, column) -> cell(sheet, at, c, column, sheet.text(0, c), path, row, entry));
            JsonObject read = entry.build();
            row.name(nameOf(read));
            if (read.get("key") instanceof JsonString key) {
                index.putIfAbsent(key.getString(), list.size());
            }
            list.add(Json.createObjectBuilder(read));
        }
    }

    /** A list's sheet: its rows grouped by the index of the entry whose key they name. */
    private Map<Integer, JsonArrayBuilder> readList(Sheet sheet, WorkbookSheet kind) {
        WorkbookSheet owner = kind.owner().orElseThrow();
        Map<Integer, Column> columns = headings(sheet, kind);
        int ownerColumn = ownerColumn(sheet, kind);
        Map<Integer, JsonArrayBuilder> lists = new HashMap<>();
        Map<Integer, Integer> sizes = new HashMap<>();
        for (int r = 1; r < sheet.rows().size(); r++) {
            if (sheet.blank(r)) {
                continue;
            }
            String reference = sheet.reference(r, 0).replaceFirst("A(\\d+)$", "$1");
            ImportRow row = reading.row(sheet.name(), r, reference, KINDS.get(kind));
            String ownerKey = ownerColumn < 0 ? "" : sheet.text(r, ownerColumn).strip();
            Integer ownerIndex = owner.single() ? Integer.valueOf(0) : keys.getOrDefault(owner, Map.of()).get(ownerKey);
            if (ownerIndex == null) {
                row.problems().add(new CellProblem(sheet.reference(r, Math.max(ownerColumn, 0)), sheet.text(0, Math.max(ownerColumn, 0)),
                        ownerKey, Text.of("sheet.unknownOwner", ownerKey, owner)));
                continue;
            }
            int position = sizes.merge(ownerIndex, 1, Integer::sum) - 1;
            String path = (owner.single() ? "organisation" : owner.property() + "[" + ownerIndex + "]")
                    + "." + kind.property() + "[" + position + "]";
            reading.origin(path, row, reference, "", "");
            JsonObjectBuilder entry = Json.createObjectBuilder();
            int at = r;
            columns.forEach((c, column) -> cell(sheet, at, c, column, sheet.text(0, c), path, row, entry));
            JsonObject read = entry.build();
            row.name(nameOf(read));
            lists.computeIfAbsent(ownerIndex, i -> Json.createArrayBuilder()).add(read);
        }
        return lists;
    }

    private Map<Integer, Column> headings(Sheet sheet, WorkbookSheet kind) {
        Map<Integer, Column> columns = new LinkedHashMap<>();
        int ownerColumn = kind.owner().isPresent() ? ownerColumn(sheet, kind) : -1;
        for (int c = 0; c < sheet.width(0); c++) {
            String heading = sheet.text(0, c);
            int column = c;
            Optional<Column> named = kind.columns().stream().filter(col -> col.named(heading)).findFirst();
            if (named.isPresent() && c != ownerColumn) {
                columns.put(column, named.get());
            } else if (!heading.isBlank() && c != ownerColumn) {
                reading.ignored(sheet.name(), heading);
            }
        }
        return columns;
    }

    private static int ownerColumn(Sheet sheet, WorkbookSheet kind) {
        for (int c = 0; c < sheet.width(0); c++) {
            String heading = CellValues.comparable(sheet.text(0, c));
            if (Languages.SUPPORTED.stream().anyMatch(l -> CellValues.comparable(kind.ownerHeading(l)).equals(heading))
                    || heading.equals(WorkbookSheet.OWNER)) {
                return c;
            }
        }
        return -1;
    }

    private void cell(Sheet sheet, int r, int c, Column column, String heading, String path, ImportRow row, JsonObjectBuilder entry) {
        String text = sheet.text(r, c);
        TypedValues.Read read = TypedValues.read(column.valueType(), column.isList(), text);
        String cell = sheet.reference(r, c);
        if (read.problem() != null) {
            row.problems().add(new CellProblem(cell, heading, text, read.problem()));
        } else if (read.value() != null) {
            entry.add(column.property(), read.value());
            reading.origin(path + "." + column.property(), row, cell, heading, text);
        }
    }

    private static String nameOf(JsonObject entry) {
        return NAME_PROPERTIES.stream().filter(p -> entry.get(p) instanceof JsonString).findFirst()
                .map(p -> entry.getString(p)).orElse("");
    }
}
