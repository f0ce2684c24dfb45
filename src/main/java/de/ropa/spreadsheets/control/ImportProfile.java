package de.ropa.spreadsheets.control;

import java.util.List;
import java.util.Set;

/**
 * The layouts the spreadsheet import reads (README, "Spreadsheet import"). {@code AUTO} recognises the product's own
 * workbook by its sheets and a template by its signature headings, and reads anything else by its headings;
 * {@code GENERIC} reads headings too and takes the user's mapping of columns to fields first. Choosing a template
 * checks that the file has its layout.
 */
public enum ImportProfile {
    AUTO(List.of()),
    WORKBOOK(List.of()),
    /** The ICO's documentation template for controllers: both headings of its first two columns. */
    ICO(List.of("Business function", "Purpose of processing")),
    /** The CNIL's simplified register: list and fiche name the treatment so. */
    CNIL(List.of("Nom du traitement")),
    /** A German register after Art. 30(1): one of the words it names the activity or its purposes with. */
    DSK(List.of("Bezeichnung der Verarbeitungstätigkeit|Verarbeitungstätigkeit|Zwecke der Verarbeitung|Zweck der Verarbeitung")),
    GENERIC(List.of());

    /** Headings that identify the layout, each one of its alternatives (separated by |). */
    private final List<String> signature;

    ImportProfile(List<String> signature) {
        this.signature = signature;
    }

    /** The headings the layout must have, as people read them (for the message when a file lacks them). */
    public List<String> signature() {
        return signature.stream().map(s -> s.split("\\|")[0]).toList();
    }

    public boolean template() {
        return !signature.isEmpty();
    }

    /** Whether headings seen in a file (each as {@link CellValues#comparable}) carry this layout's signature. */
    public boolean matches(Set<String> seen) {
        return template() && signature.stream().allMatch(s -> List.of(s.split("\\|")).stream()
                .map(CellValues::comparable).anyMatch(seen::contains));
    }

    /** The template a file's headings identify, or {@code GENERIC}. */
    public static ImportProfile recognised(Set<String> seen) {
        for (ImportProfile profile : List.of(ICO, CNIL, DSK)) {
            if (profile.matches(seen)) {
                return profile;
            }
        }
        return GENERIC;
    }
}
