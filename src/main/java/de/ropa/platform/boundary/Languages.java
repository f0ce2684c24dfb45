package de.ropa.platform.boundary;

import de.ropa.platform.control.InvalidFieldException;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/** The language of an API answer's texts: the {@code lang} parameter, else Accept-Language, else German. */
public final class Languages {

    static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.ENGLISH);

    private Languages() {
    }

    public static Locale of(String lang, HttpHeaders headers) {
        if (lang != null && !lang.isBlank()) {
            return SUPPORTED.stream().filter(l -> l.getLanguage().equalsIgnoreCase(lang.trim())).findFirst()
                    .orElseThrow(() -> new InvalidFieldException("lang", "must be de or en"));
        }
        if (headers != null) {
            for (Locale wanted : headers.getAcceptableLanguages()) {
                for (Locale supported : SUPPORTED) {
                    if (supported.getLanguage().equalsIgnoreCase(wanted.getLanguage())) {
                        return supported;
                    }
                }
            }
        }
        return Locale.GERMAN;
    }
}
