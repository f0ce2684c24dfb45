package de.ropa.organisations.boundary;

import de.ropa.organisations.entity.Organisation;
import de.ropa.platform.faces.FormErrors.Outcome;
import de.ropa.platform.faces.FormErrors;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The controller's master data (Art. 30(1)(a)) of the current organisation: address, management, DPO,
 * EU representative and joint controllers. DPOs and admins edit it; admins also create organisations.
 */
@Named
@ViewScoped
public class OrganisationEditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationService organisations;

    @Inject
    OrganisationContext context;

    @Inject
    FormErrors errors;

    private Long id;
    private long version;
    private OrganisationRequest request;
    private boolean stale;

    public void load() {
        if (request != null) {
            return;
        }
        if (id == null) {
            id = context.getCurrentId();
        }
        if (id == null) {
            request = new OrganisationRequest();
            return;
        }
        Organisation organisation = organisations.find(id);
        request = OrganisationRequest.from(organisation);
        version = organisation.getVersion();
    }

    public String save() {
        Organisation[] saved = new Organisation[1];
        Outcome outcome = errors.attempt("organisationForm", request, () -> saved[0] = id == null
                ? organisations.create(request) : organisations.update(id, version, request));
        if (outcome == Outcome.SAVED) {
            context.refresh();
            context.setCurrentId(saved[0].getId());
            FacesContext faces = FacesContext.getCurrentInstance();
            errors.saved(faces.getApplication().getResourceBundle(faces, "msg").getString("organisation.saved"));
            return "/organisations/organisation?faces-redirect=true&id=" + saved[0].getId();
        }
        stale = outcome == Outcome.STALE;
        return null;
    }

    public String reload() {
        return "/organisations/organisation?faces-redirect=true&id=" + id;
    }

    public void setNew(boolean fresh) {
        if (fresh) {
            id = null;
            request = new OrganisationRequest();
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public void addJointController() {
        request.jointControllers.add(new JointControllerEntry());
    }

    public void removeJointController(int index) {
        request.jointControllers.remove(index);
    }

    public boolean isEditable() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return id == null ? external.isUserInRole("admin") : external.isUserInRole("dpo") || external.isUserInRole("admin");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OrganisationRequest getRequest() {
        return request;
    }

    public boolean isStale() {
        return stale;
    }
}
