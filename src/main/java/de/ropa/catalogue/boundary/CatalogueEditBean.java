package de.ropa.catalogue.boundary;

import de.ropa.platform.control.NotFoundException;
import de.ropa.platform.entity.Tracked;
import de.ropa.platform.faces.FormErrors;
import de.ropa.platform.faces.FormErrors.Outcome;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;

/**
 * An edit page of a catalogue entry (shared by all organisations): read it or prepare a new one, save with
 * the version read, report a lost race. DPOs and admins edit; the service refuses everyone else.
 *
 * @param <E> the entity
 * @param <R> the request the service takes
 */
public abstract class CatalogueEditBean<E extends Tracked, R> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected CatalogueService catalogue;

    @Inject
    FormErrors errors;

    private final String page;
    private final String formId;
    private final String savedKey;
    private Long id;
    private long version;
    private R request;
    private boolean stale;
    private boolean notFound;

    protected CatalogueEditBean(String page, String formId, String savedKey) {
        this.page = page;
        this.formId = formId;
        this.savedKey = savedKey;
    }

    protected abstract E find(long id);

    protected abstract R newRequest();

    protected abstract R requestOf(E entity);

    protected abstract E create(R request);

    protected abstract E update(long id, long version, R request);

    public void load() {
        if (request != null) {
            return;
        }
        if (id == null) {
            request = newRequest();
            return;
        }
        try {
            E entity = find(id);
            request = requestOf(entity);
            version = entity.getVersion();
        } catch (NotFoundException e) {
            notFound = true;
            request = newRequest();
        }
    }

    public String save() {
        Object[] saved = new Object[1];
        Outcome outcome = errors.attempt(formId, request, () -> saved[0] = id == null
                ? create(request) : update(id, version, request));
        if (outcome == Outcome.SAVED) {
            FacesContext faces = FacesContext.getCurrentInstance();
            errors.saved(faces.getApplication().getResourceBundle(faces, "msg").getString(savedKey));
            return page + "?faces-redirect=true&id=" + ((Tracked) saved[0]).getId();
        }
        stale = outcome == Outcome.STALE;
        return null;
    }

    public String reload() {
        return page + "?faces-redirect=true&id=" + id;
    }

    public boolean isEditable() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return !notFound && external.isUserInRole("admin");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public R getRequest() {
        return request;
    }

    public boolean isStale() {
        return stale;
    }

    public boolean isNotFound() {
        return notFound;
    }
}
