package de.ropa.organisations.boundary;

import de.ropa.platform.faces.CurrentOrganisation;
import de.ropa.platform.control.CallerScope;
import de.ropa.platform.control.Workplace;
import de.ropa.platform.i18n.Languages;
import de.ropa.platform.paging.PageRequest;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;

/**
 * The organisation whose register the screens show, chosen in the header among those the user may see
 * (an external DPO switches between clients). Every screen works on this one.
 */
@Named
@SessionScoped
public class OrganisationContext implements CurrentOrganisation, Serializable {

    private static final long serialVersionUID = 1L;

    /** One entry of the switcher. */
    public record Choice(long id, String name, String timeZone) implements Serializable {
    }

    @Inject
    OrganisationService organisations;

    @Inject
    Workplace workplace;

    @Inject
    CallerScope caller;

    private Long currentId;
    private transient List<Choice> choices;

    public List<Choice> getOrganisations() {
        if (choices == null) {
            choices = organisations.list(new PageRequest(0, PageRequest.MAX_SIZE), null, "name").items().stream()
                    .map(o -> new Choice(o.getId(), o.getName(), o.getTimeZone())).toList();
        }
        return choices;
    }

    /**
     * The chosen organisation; at the start of a session the one the user last worked in, if it is still visible, else
     * the first the user may see; null when there is none.
     */
    @Override
    public Long getCurrentId() {
        List<Choice> visible = getOrganisations();
        if (currentId == null) {
            currentId = workplace.last(caller.callerName()).filter(last -> visible.stream().anyMatch(c -> c.id() == last))
                    .orElse(null);
        }
        if (currentId == null || visible.stream().noneMatch(c -> c.id() == currentId)) {
            currentId = visible.isEmpty() ? null : visible.get(0).id();
        }
        return currentId;
    }

    public void setCurrentId(Long currentId) {
        this.currentId = currentId;
    }

    /** The chosen organisation's name; empty before login (nothing is cached for a session without a user). */
    public String getCurrentName() {
        if (FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() == null) {
            return "";
        }
        Long id = getCurrentId();
        return getOrganisations().stream().filter(c -> id != null && c.id() == id).map(Choice::name).findFirst().orElse("");
    }

    @Override
    public ZoneId zone() {
        if (FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() == null) {
            return Languages.TIME_ZONE;
        }
        Long id = getCurrentId();
        return getOrganisations().stream().filter(c -> id != null && c.id() == id).findFirst()
                .map(c -> ZoneId.of(c.timeZone())).orElse(Languages.TIME_ZONE);
    }

    /** The current organisation's id for a screen that needs one. */
    @Override
    public long require() {
        Long id = getCurrentId();
        if (id == null) {
            throw new IllegalStateException("no organisation visible to this user");
        }
        return id;
    }

    /** After switching: the dashboard of the chosen organisation, which is where the next login lands. */
    public void switched() throws IOException {
        if (currentId != null) {
            workplace.remember(caller.callerName(), currentId);
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
    }

    /** Forgets the cached list, e.g. after an organisation was created or renamed. */
    public void refresh() {
        choices = null;
    }
}
