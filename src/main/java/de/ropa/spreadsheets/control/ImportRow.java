package de.ropa.spreadsheets.control;

import de.ropa.platform.i18n.Text;
import java.util.ArrayList;
import java.util.List;

/** One row (or one sheet, for a form) of an uploaded file, what it becomes, and the cells it could not take. */
public final class ImportRow {

    /** What a row becomes in the register. */
    public enum RowKind {
        ORGANISATION, ACTIVITY, PURPOSE, DATA_CATEGORY, RECIPIENT, CHANNEL, DEVIATION, PROCESSOR, TRANSFER, MEASURE,
        JOINT_CONTROLLER
    }

    private final String sheet;
    private final int number;
    private final String reference;
    private final RowKind kind;
    private final List<CellProblem> problems = new ArrayList<>();
    private final List<Text> notes = new ArrayList<>();
    private String name = "";

    ImportRow(String sheet, int number, String reference, RowKind kind) {
        this.sheet = sheet;
        this.number = number;
        this.reference = reference;
        this.kind = kind;
    }

    public String sheet() {
        return sheet;
    }

    /** The row's number as the spreadsheet program shows it (from 1). */
    public int number() {
        return number;
    }

    /** 'Tätigkeiten'!7, or the sheet's name for a form that makes one activity. */
    public String reference() {
        return reference;
    }

    public RowKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public void name(String name) {
        this.name = name == null ? "" : name;
    }

    public List<CellProblem> problems() {
        return problems;
    }

    /** What the import will do beyond the row's own values (e.g. link an existing channel), as texts. */
    public List<Text> notes() {
        return notes;
    }
}
