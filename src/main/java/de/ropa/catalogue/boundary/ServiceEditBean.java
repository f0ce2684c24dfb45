package de.ropa.catalogue.boundary;

import de.ropa.catalogue.entity.FactState;
import de.ropa.catalogue.entity.FactTopic;
import de.ropa.catalogue.entity.MessengerService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One messenger service of the catalogue: the values of its facts, and each fact with its statement, sources,
 * check date and state. Admins edit every topic (a missing one is offered as unverified); others read. A changed
 * fact flags every channel reviewed before the change (rule CH-SERVICE-CHANGED).
 */
@Named
@ViewScoped
public class ServiceEditBean extends CatalogueEditBean<MessengerService, MessengerServiceRequest> {

    private static final long serialVersionUID = 1L;

    private MessengerServiceResponse saved;

    public ServiceEditBean() {
        super("/catalogue/service", "serviceForm", "service.saved");
    }

    @Override
    protected MessengerService find(long id) {
        return catalogue.service(id);
    }

    @Override
    protected MessengerServiceRequest newRequest() {
        return withEveryTopic(new MessengerServiceRequest());
    }

    @Override
    protected MessengerServiceRequest requestOf(MessengerService service) {
        saved = catalogue.serviceView(service.getId());
        return withEveryTopic(MessengerServiceRequest.from(saved));
    }

    @Override
    protected MessengerService create(MessengerServiceRequest request) {
        return catalogue.createService(request);
    }

    @Override
    protected MessengerService update(long id, long version, MessengerServiceRequest request) {
        return catalogue.updateService(id, version, request);
    }

    /** The service as stored, for reading its facts with their sources. */
    public MessengerServiceResponse getSaved() {
        return saved;
    }

    public void addSource(int fact) {
        getRequest().facts.get(fact).sources.add(new FactSourceRequest());
    }

    public void removeSource(int fact, int source) {
        getRequest().facts.get(fact).sources.remove(source);
    }

    private static MessengerServiceRequest withEveryTopic(MessengerServiceRequest request) {
        Set<FactTopic> present = request.facts.stream().map(f -> f.topic).collect(Collectors.toSet());
        for (FactTopic topic : FactTopic.values()) {
            if (!present.contains(topic)) {
                ServiceFactRequest fact = new ServiceFactRequest();
                fact.topic = topic;
                fact.state = FactState.UNVERIFIED;
                request.facts.add(fact);
            }
        }
        request.facts.sort(Comparator.comparing(f -> f.topic));
        return request;
    }
}
