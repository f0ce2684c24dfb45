package de.ropa.reports.boundary;

import de.ropa.reports.control.ReportFormat;
import de.ropa.reports.control.ReportDocument;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/** A document ready to render, and the name of the file a user downloads it as. */
public record Report(ReportDocument document, String fileName) {

    /** The file name for this format, e.g. verarbeitungsverzeichnis-…-2026-11-27.docx. */
    public String fileName(ReportFormat format) {
        return fileName.replaceFirst("\\.pdf$", "." + format.extension());
    }

    /** e.g. verarbeitungsverzeichnis-beispiel-gmbh-2026-11-27.pdf: ASCII only, so every browser and mail client keeps it. */
    static String fileName(String kind, String subject) {
        String ascii = Normalizer.normalize(subject.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                        .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String name = ascii.isEmpty() ? kind : kind + "-" + (ascii.length() > 90 ? ascii.substring(0, 90) : ascii);
        return name + "-" + LocalDate.now() + ".pdf";
    }
}
