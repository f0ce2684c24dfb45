package de.ropa.platform.faces;

import de.ropa.platform.boundary.LocaleBean;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Every view is created in the session's language (what the user chose in the header, else what the browser asked
 * for): labels, finding texts, catalogue texts and messages then all read the view's locale and agree, from the first
 * phase on, instead of some following the browser and others the choice.
 */
public class SessionLanguage extends ViewHandlerWrapper {

    public SessionLanguage(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(LocaleBean.class).get().getLocale();
    }
}
