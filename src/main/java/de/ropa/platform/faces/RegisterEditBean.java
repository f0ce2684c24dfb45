package de.ropa.platform.faces;

import de.ropa.platform.control.NotFoundException;
import de.ropa.platform.control.ReferenceSource;
import de.ropa.platform.control.ScopedRegisterService;
import de.ropa.platform.entity.OrganisationScoped;
import de.ropa.platform.faces.FormErrors.Outcome;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;

/**
 * What every edit page of a register object does: read the object named by the URL (or prepare a new
 * one), keep what the user typed across postbacks, save through the component's service with the
 * version read (a lost race is reported, never overwritten), redirect after saving. The object's findings
 * are the findings component's (objectFindings). Only DPOs edit on the screens; the services refuse everyone else anyway.
 *
 * @param <E> the entity
 * @param <R> the request the service takes
 */
public abstract class RegisterEditBean<E extends OrganisationScoped, R> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected CurrentOrganisation organisation;

    @Inject
    protected FormErrors errors;

    private Long id;
    private long version;
    private R request;
    private boolean stale;
    private boolean notFound;
    private List<ReferenceSource.Reference> usedBy = List.of();

    private final String page;
    private final String savedKey;
    private final String formId;

    /**
     * @param page     the page's view id without extension, e.g. "/channels/channel"
     * @param savedKey the message key of the confirmation after saving
     * @param formId   the id of the page's form
     */
    protected RegisterEditBean(String page, String savedKey, String formId) {
        this.page = page;
        this.savedKey = savedKey;
        this.formId = formId;
    }

    /** The component's service the page goes through. */
    protected abstract ScopedRegisterService<E, R> service();

    protected abstract R newRequest();

    protected abstract R requestOf(E entity);

    /** Hook after the object was read, e.g. to keep facts shown beside the form. */
    protected void loaded(E entity) {
    }

    /** What refers to the object, shown on its page with links. */
    public List<ReferenceSource.Reference> getUsedBy() {
        return usedBy;
    }

    public String getFormId() {
        return formId;
    }

    /** The version of the object the page read (what a change or an approval refers to). */
    protected long readVersion() {
        return version;
    }

    /** This page again, freshly read, after a change made by a button outside the form. */
    protected String again() {
        return page + "?faces-redirect=true&id=" + id;
    }

    protected FormErrors errors() {
        return errors;
    }

    public void load() {
        if (request != null) {
            return;
        }
        long orgId = organisation.require();
        if (id == null) {
            request = newRequest();
            return;
        }
        try {
            E entity = service().find(orgId, id);
            request = requestOf(entity);
            version = entity.getVersion();
            usedBy = service().usedBy(id);
            loaded(entity);
        } catch (NotFoundException e) {
            notFound = true;
            request = newRequest();
        }
    }

    public String save() {
        long orgId = organisation.require();
        Object[] saved = new Object[1];
        Outcome outcome = errors.attempt(getFormId(), request, () -> saved[0] = id == null
                ? service().create(orgId, request) : service().update(orgId, id, version, request));
        if (outcome == Outcome.SAVED) {
            errors.saved(text(savedKey));
            return page + "?faces-redirect=true&id=" + ((OrganisationScoped) saved[0]).getId();
        }
        stale = outcome == Outcome.STALE;
        return null;
    }

    /** Deletes the object at the version read; refused while others refer to it (the message names them). */
    public String delete() {
        long orgId = organisation.require();
        Outcome outcome = errors.attempt(getFormId(), () -> {
            service().delete(orgId, id, version);
            return id;
        });
        if (outcome == Outcome.SAVED) {
            errors.saved(text("common.deleted"));
            return list() + "?faces-redirect=true";
        }
        stale = outcome == Outcome.STALE;
        return null;
    }

    /** The list the page belongs to, e.g. "/channels/list". */
    private String list() {
        return page.substring(0, page.lastIndexOf('/')) + "/list";
    }

    /** After a lost race: the object as it is now; the user's input is dropped. */
    public String reload() {
        return page + "?faces-redirect=true&id=" + id;
    }

    public boolean isEditable() {
        return !notFound && FacesContext.getCurrentInstance().getExternalContext().isUserInRole("dpo");
    }

    protected static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
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
