package de.ropa.platform.i18n;

import de.ropa.platform.control.InvalidFieldException;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/** The product's languages (German first, English second), and which of them an API answer or a page uses. */
public final class Languages {

    public static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.ENGLISH);

    private Languages() {
    }

    /** English for an English locale, German for everything else. */
    public static Locale supported(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
    }

    /** An API answer's language: the {@code lang} parameter, else Accept-Language, else German. */
    public static Locale of(String lang, HttpHeaders headers) {
        if (lang != null && !lang.isBlank()) {
            return SUPPORTED.stream().filter(l -> l.getLanguage().equalsIgnoreCase(lang.trim())).findFirst()
                    .orElseThrow(() -> new InvalidFieldException("lang", "field.lang"));
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

    /** A servlet request's language (error pages, the authentication's refusals): lang, Accept-Language, German. */
    public static Locale of(jakarta.servlet.http.HttpServletRequest request) {
        String lang = request.getParameter("lang");
        for (Locale supported : SUPPORTED) {
            if (supported.getLanguage().equalsIgnoreCase(lang)) {
                return supported;
            }
        }
        String accepted = request.getHeader("Accept-Language");
        if (accepted != null && !accepted.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(accepted)) {
                    String language = range.getRange().split("-")[0];
                    for (Locale supported : SUPPORTED) {
                        if (supported.getLanguage().equalsIgnoreCase(language)) {
                            return supported;
                        }
                    }
                }
            } catch (IllegalArgumentException malformed) {
                return Locale.GERMAN;
            }
        }
        return Locale.GERMAN;
    }
}
