package de.ropa.catalogue.boundary;

import de.ropa.platform.faces.RegisterLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The messenger-service catalogue every channel relies on, with each fact's sources and verification date. */
@Named
@ViewScoped
public class CatalogueListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogueService catalogue;

    private RegisterLazyModel<MessengerServiceResponse> model;

    @PostConstruct
    void init() {
        CatalogueService service = catalogue;
        model = new RegisterLazyModel<>((page, sort, f) -> service.services(page, f.get("q"), sort)
                .map(MessengerServiceResponse::from), MessengerServiceResponse::id);
    }

    public RegisterLazyModel<MessengerServiceResponse> getModel() {
        return model;
    }
}
