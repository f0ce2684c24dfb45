package de.ropa.reports.control;

import de.ropa.platform.control.InvalidFieldException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The file formats a record is written in: PDF to archive and hand to an authority, Word and OpenDocument to hand
 * management a document they can edit. All three come from the same report definition.
 */
public enum ReportFormat {
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ODT("application/vnd.oasis.opendocument.text");

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The file name ending, e.g. "docx". */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The {@code format} parameter as sent: pdf (also when missing), docx or odt; anything else is a 400 naming it. */
    public static ReportFormat of(String format) {
        if (format == null || format.isBlank()) {
            return PDF;
        }
        return Arrays.stream(values()).filter(f -> f.extension().equals(format.trim().toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new InvalidFieldException("format", "field.oneOf",
                        Arrays.stream(values()).map(ReportFormat::extension).collect(Collectors.joining(", "))));
    }
}
