package de.ropa.platform.boundary;

import de.ropa.platform.i18n.Languages;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language of the screens for this session: first what the browser asks for (German when it asks
 * for German or for a language we do not have), then what the user picks in the header.
 */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale;

    /** The chosen language, else the first of the browser's that the product speaks (German by default). */
    public Locale getLocale() {
        if (locale == null) {
            locale = Languages.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** Switches the language and reloads the current page in it. */
    public void switchTo(String language) {
        Locale chosen = Locale.forLanguageTag(language);
        if (Languages.SUPPORTED.contains(chosen)) {
            locale = chosen;
            FacesContext.getCurrentInstance().getViewRoot().setLocale(chosen);
        }
    }
}
