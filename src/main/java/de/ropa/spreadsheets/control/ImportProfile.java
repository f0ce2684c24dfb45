package de.ropa.spreadsheets.control;

/**
 * The layouts the spreadsheet import reads (README, "Spreadsheet import"). {@code AUTO} recognises the product's own
 * workbook by its sheets and reads anything else by its headings; {@code GENERIC} reads headings too and takes the
 * user's mapping of columns to fields first.
 */
public enum ImportProfile {
    AUTO,
    WORKBOOK,
    ICO,
    CNIL,
    DSK,
    GENERIC
}
