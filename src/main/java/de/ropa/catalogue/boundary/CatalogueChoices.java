package de.ropa.catalogue.boundary;

import de.ropa.platform.paging.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;

/** The catalogue's entries, id to name, for the forms' pickers. One query per picker and request. */
@Named
@RequestScoped
public class CatalogueChoices {

    @Inject
    CatalogueService catalogue;

    private Map<Long, String> serviceOptions;
    private Map<Long, String> measureOptions;

    /** The messenger services of the catalogue. */
    public Map<Long, String> getServices() {
        if (serviceOptions == null) {
            serviceOptions = new LinkedHashMap<>();
            catalogue.services(all(), null, "name").items().forEach(s -> serviceOptions.put(s.getId(), s.getName()));
        }
        return serviceOptions;
    }

    /** The TOM catalogue's measures in the page's language. */
    public Map<Long, String> getMeasures() {
        if (measureOptions == null) {
            boolean english = "en".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
            measureOptions = new LinkedHashMap<>();
            catalogue.measures(all(), null, "code").items()
                    .forEach(m -> measureOptions.put(m.getId(), english ? m.getTitleEn() : m.getTitleDe()));
        }
        return measureOptions;
    }

    private static PageRequest all() {
        return new PageRequest(0, PageRequest.MAX_SIZE);
    }
}
