package de.ropa.platform.i18n;

import de.ropa.platform.control.InvalidFieldException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Collections;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The product's languages (German first, English second), and which of them an API answer or a page uses. */
public final class Languages {

    public static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.ENGLISH);

    /** The time zone people read times in, on screens and in documents; the database and the trail keep UTC. */
    public static final ZoneId TIME_ZONE = ZoneId.of("Europe/Berlin");

    private Languages() {
    }

    /** English for an English locale, German for everything else. */
    public static Locale supported(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
    }

    /** An API answer's language: the {@code lang} parameter (refused unless de or en), else Accept-Language, else German. */
    public static Locale of(String lang, HttpHeaders headers) {
        if (lang != null && !lang.isBlank()) {
            return named(lang).orElseThrow(() -> new InvalidFieldException("lang", "field.lang"));
        }
        return firstSupported(headers == null ? List.of() : headers.getAcceptableLanguages());
    }

    /**
     * A servlet request's language (error pages, the authentication's refusals): {@code lang} in the query string, else
     * Accept-Language, else German. Never refuses: these answers are refusals already.
     */
    public static Locale of(HttpServletRequest request) {
        return named(queryLang(request.getQueryString())).orElseGet(() -> request.getHeader("Accept-Language") == null
                ? Locale.GERMAN : firstSupported(Collections.list(request.getLocales())));
    }

    /**
     * The {@code lang} parameter of the query string only: {@code getParameter} would read a form body, which for a
     * refused request (too large, unauthenticated) must stay unread.
     */
    private static String queryLang(String query) {
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("lang=")) {
                    return pair.substring("lang=".length());
                }
            }
        }
        return null;
    }

    private static Optional<Locale> named(String lang) {
        return lang == null ? Optional.empty()
                : SUPPORTED.stream().filter(l -> l.getLanguage().equalsIgnoreCase(lang.trim())).findFirst();
    }

    /** The first wanted language the product speaks, German when there is none. */
    private static Locale firstSupported(List<Locale> wanted) {
        for (Locale locale : wanted) {
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equalsIgnoreCase(locale.getLanguage())) {
                    return supported;
                }
            }
        }
        return Locale.GERMAN;
    }
}
