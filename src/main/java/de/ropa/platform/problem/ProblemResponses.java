package de.ropa.platform.problem;

import de.ropa.platform.i18n.Languages;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Locale;

/** Small helpers shared by the exception mappers. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static URI instance(UriInfo uriInfo) {
        if (uriInfo == null) {
            return null;
        }
        return URI.create(uriInfo.getRequestUri().getRawPath());
    }

    /** The language of a problem: the {@code lang} parameter, else Accept-Language, else German; never fails. */
    static Locale language(UriInfo uriInfo, HttpHeaders headers) {
        String lang = uriInfo == null ? null : uriInfo.getQueryParameters().getFirst("lang");
        try {
            return Languages.of(lang, headers);
        } catch (RuntimeException unsupported) {
            return Languages.of(null, headers);
        }
    }

    /**
     * The message of an exception our own code raised on purpose with a text for the client; the JAX-RS
     * runtime's own default texts ("HTTP 400 Bad Request") add nothing and are replaced by the reason.
     */
    static String clientSafeMessage(WebApplicationException exception) {
        String message = exception.getMessage();
        int status = exception.getResponse().getStatus();
        if (status >= 500 || message == null || message.startsWith("HTTP " + status) || message.startsWith("RESTEASY")) {
            return exception.getResponse().getStatusInfo().getReasonPhrase();
        }
        return message;
    }
}
