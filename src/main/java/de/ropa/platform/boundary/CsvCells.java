package de.ropa.platform.boundary;

/**
 * CSV cells that spreadsheets read as text: a cell starting with {@code = + - @}, a tab or a carriage return
 * would be evaluated as a formula by Excel or LibreOffice (CSV injection, OWASP), so it gets a leading
 * apostrophe, which the spreadsheet shows as a text marker.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String inert(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
