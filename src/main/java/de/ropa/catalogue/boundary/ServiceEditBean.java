package de.ropa.catalogue.boundary;

import de.ropa.catalogue.entity.MessengerService;
import de.ropa.platform.control.NotFoundException;
import de.ropa.platform.faces.FormErrors;
import de.ropa.platform.faces.FormErrors.Outcome;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * One messenger service of the catalogue: its facts with sources and verification date. DPOs and admins
 * edit it; a changed fact flags every channel reviewed before the change (rule CH-SERVICE-CHANGED).
 */
@Named
@ViewScoped
public class ServiceEditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogueService catalogue;

    @Inject
    FormErrors errors;

    private Long id;
    private long version;
    private MessengerServiceRequest request;
    private boolean stale;
    private boolean notFound;

    public void load() {
        if (request != null) {
            return;
        }
        if (id == null) {
            request = new MessengerServiceRequest();
            return;
        }
        try {
            MessengerService service = catalogue.service(id);
            request = MessengerServiceRequest.from(service);
            version = service.getVersion();
        } catch (NotFoundException e) {
            notFound = true;
            request = new MessengerServiceRequest();
        }
    }

    public String save() {
        MessengerService[] saved = new MessengerService[1];
        Outcome outcome = errors.attempt("serviceForm", request, () -> saved[0] = id == null
                ? catalogue.createService(request) : catalogue.updateService(id, version, request));
        if (outcome == Outcome.SAVED) {
            FacesContext faces = FacesContext.getCurrentInstance();
            errors.saved(faces.getApplication().getResourceBundle(faces, "msg").getString("service.saved"));
            return "/catalogue/service?faces-redirect=true&id=" + saved[0].getId();
        }
        stale = outcome == Outcome.STALE;
        return null;
    }

    public String reload() {
        return "/catalogue/service?faces-redirect=true&id=" + id;
    }

    public boolean isEditable() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return !notFound && (external.isUserInRole("dpo") || external.isUserInRole("admin"));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MessengerServiceRequest getRequest() {
        return request;
    }

    public boolean isStale() {
        return stale;
    }

    public boolean isNotFound() {
        return notFound;
    }
}
