package de.ropa.catalogue.boundary;

import de.ropa.catalogue.entity.MessengerService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * One messenger service of the catalogue: its facts with sources and verification date. A changed fact
 * flags every channel reviewed before the change (rule CH-SERVICE-CHANGED).
 */
@Named
@ViewScoped
public class ServiceEditBean extends CatalogueEditBean<MessengerService, MessengerServiceRequest> {

    private static final long serialVersionUID = 1L;

    public ServiceEditBean() {
        super("/catalogue/service", "serviceForm", "service.saved");
    }

    @Override
    protected MessengerService find(long id) {
        return catalogue.service(id);
    }

    @Override
    protected MessengerServiceRequest newRequest() {
        return new MessengerServiceRequest();
    }

    @Override
    protected MessengerServiceRequest requestOf(MessengerService service) {
        return MessengerServiceRequest.from(service);
    }

    @Override
    protected MessengerService create(MessengerServiceRequest request) {
        return catalogue.createService(request);
    }

    @Override
    protected MessengerService update(long id, long version, MessengerServiceRequest request) {
        return catalogue.updateService(id, version, request);
    }
}
