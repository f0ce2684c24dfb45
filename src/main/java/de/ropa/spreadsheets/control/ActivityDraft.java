package de.ropa.spreadsheets.control;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One activity as a sheet states it, before it is read into the register document: the text of every cell that says
 * something about it, by field, with where the cell is; and what a form's blocks state item by item.
 */
final class ActivityDraft {

    /** A cell's text and where it is. */
    record Located(String text, String cell, String heading) {
    }

    /** A data category of a form's block: its name, erasure period, whether it is a special category. */
    record DataItem(String name, String erasure, boolean special, Located where) {
    }

    /** A recipient of a form's block. */
    record RecipientItem(String name, String kind, Located where) {
    }

    /** A transfer of a form's block. */
    record TransferItem(String recipient, String country, String safeguard, Located where) {
    }

    final ImportRow row;
    final Map<ActivityField, List<Located>> cells = new EnumMap<>(ActivityField.class);
    final List<DataItem> dataItems = new ArrayList<>();
    final List<RecipientItem> recipientItems = new ArrayList<>();
    final List<TransferItem> transferItems = new ArrayList<>();
    /** Rows that continue this activity: a name merged over them, or left blank under it. */
    final List<ActivityDraft> continued = new ArrayList<>();

    ActivityDraft(ImportRow row) {
        this.row = row;
    }

    /** The draft's own row and the rows that continue it, each with only its own cells: purposes pair row by row. */
    List<ActivityDraft> rows() {
        ActivityDraft own = new ActivityDraft(row);
        own.cells.putAll(cells);
        List<ActivityDraft> rows = new ArrayList<>();
        rows.add(own);
        rows.addAll(continued);
        return rows;
    }

    void add(ActivityField field, String text, String cell, String heading) {
        if (text != null && !text.isBlank()) {
            cells.computeIfAbsent(field, f -> new ArrayList<>()).add(new Located(text.strip(), cell, heading));
        }
    }

    /** The field's cells in this row and in the rows that continue it. */
    List<Located> of(ActivityField field) {
        if (continued.isEmpty()) {
            return cells.getOrDefault(field, List.of());
        }
        List<Located> all = new ArrayList<>(cells.getOrDefault(field, List.of()));
        continued.forEach(c -> all.addAll(c.of(field)));
        return all;
    }

    /** Every value the field's cells hold, one per line or semicolon. */
    List<String> several(ActivityField field) {
        return of(field).stream().flatMap(l -> CellValues.several(l.text()).stream()).distinct().toList();
    }

    /** The field's cells as one text, line by line. */
    String joined(ActivityField field) {
        List<String> texts = of(field).stream().map(Located::text).distinct().toList();
        return texts.isEmpty() ? null : String.join("\n", texts);
    }

    Located first(ActivityField field) {
        List<Located> located = of(field);
        return located.isEmpty() ? null : located.get(0);
    }

    /** How much the draft states: of two drafts of one activity, the fuller one is kept. */
    int weight() {
        return cells.values().stream().mapToInt(List::size).sum() + dataItems.size() + recipientItems.size() + transferItems.size()
                + continued.stream().mapToInt(ActivityDraft::weight).sum();
    }

    String name() {
        Located name = first(ActivityField.NAME);
        return name == null ? "" : name.text();
    }
}
