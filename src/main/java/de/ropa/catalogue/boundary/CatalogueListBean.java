package de.ropa.catalogue.boundary;

import de.ropa.platform.faces.RegisterLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The catalogues: messenger services (each fact with sources and verification date) and TOMs. */
@Named
@ViewScoped
public class CatalogueListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogueService catalogue;

    private RegisterLazyModel<MessengerServiceResponse> model;
    private RegisterLazyModel<CatalogueMeasureResponse> toms;

    @PostConstruct
    void init() {
        CatalogueService service = catalogue;
        model = new RegisterLazyModel<>((page, sort, f) -> service.serviceViews(page, f.get("q"), sort),
                MessengerServiceResponse::id);
        toms = new RegisterLazyModel<>((page, sort, f) -> service.measures(page, f.get("q"), sort)
                .map(CatalogueMeasureResponse::from), CatalogueMeasureResponse::id);
    }

    public RegisterLazyModel<CatalogueMeasureResponse> getToms() {
        return toms;
    }

    public RegisterLazyModel<MessengerServiceResponse> getModel() {
        return model;
    }
}
