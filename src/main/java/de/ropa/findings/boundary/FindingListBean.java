package de.ropa.findings.boundary;

import de.ropa.findings.entity.FindingState;
import de.ropa.findings.entity.Severity;
import de.ropa.organisations.boundary.OrganisationContext;
import de.ropa.platform.entity.ObjectKind;
import de.ropa.platform.faces.FormErrors.Outcome;
import de.ropa.platform.faces.FormErrors;
import de.ropa.platform.faces.RegisterLazyModel;
import de.ropa.platform.paging.Page;
import de.ropa.platform.paging.PageRequest;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/**
 * The findings page: the current organisation's findings grouped by severity, filtered by severity,
 * state and object, each with its references and remediation, accepted or re-opened with a justification.
 */
@Named
@ViewScoped
public class FindingListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FindingService findings;

    @Inject
    OrganisationContext organisation;

    @Inject
    FormErrors errors;

    private Severity severity;
    private FindingState state;
    private ObjectKind objectKind;
    private Long objectId;
    private RegisterLazyModel<FindingResponse> model;
    private FindingSummary summary;
    private String group = "severity";

    /** The finding the dialog works on, and the justification typed there. */
    private FindingResponse selected;
    private AcceptanceRequest justification = new AcceptanceRequest();

    public void load() {
        if (model != null) {
            return;
        }
        long orgId = organisation.require();
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        FindingService service = findings;
        countAll();
        model = new RegisterLazyModel<>((PageRequest page, String sort, java.util.Map<String, String> f) -> {
            FindingResult result = service.list(orgId, filter(), page, isByObject() ? "object" : null);
            return new Page<>(result.items().stream().map(v -> FindingResponse.from(v, locale)).toList(),
                    result.page(), result.size(), result.total());
        }, FindingResponse::id);
    }

    /**
     * The counts on top of the page: the whole organisation's findings, whatever the filters show (they are read
     * before the table, whose lazy model loads only while it is rendered).
     */
    private void countAll() {
        summary = findings.list(organisation.require(), FindingFilter.NONE, new PageRequest(0, 1), null).summary();
    }

    FindingFilter filter() {
        return new FindingFilter(severity == null ? Set.of() : Set.of(severity), Set.of(), objectKind,
                objectKind == null ? null : objectId, state);
    }

    /** Opens the dialog for one finding. */
    public void select(FindingResponse finding) {
        selected = finding;
        justification = new AcceptanceRequest();
    }

    public void accept() {
        decide(true);
    }

    public void reopen() {
        decide(false);
    }

    private void decide(boolean accept) {
        long orgId = organisation.require();
        Outcome outcome = errors.attempt("decisionForm", justification, () -> accept
                ? findings.accept(orgId, selected.id(), justification)
                : findings.reopen(orgId, selected.id(), justification));
        if (outcome == Outcome.SAVED) {
            errors.saved(text(accept ? "findings.accepted" : "findings.reopened"));
            selected = null;
            countAll();
            org.primefaces.PrimeFaces.current().executeScript("PF('decision').hide()");
        }
    }

    public boolean isMayDecide() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("dpo");
    }

    private static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }

    public RegisterLazyModel<FindingResponse> getModel() {
        return model;
    }

    public FindingSummary getSummary() {
        return summary;
    }

    /** How the list is grouped: "severity" (default) or "object". */
    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = "object".equals(group) ? "object" : "severity";
    }

    public boolean isByObject() {
        return "object".equals(group);
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public FindingState getState() {
        return state;
    }

    public void setState(FindingState state) {
        this.state = state;
    }

    public ObjectKind getObjectKind() {
        return objectKind;
    }

    public void setObjectKind(ObjectKind objectKind) {
        this.objectKind = objectKind;
    }

    public Long getObjectId() {
        return objectId;
    }

    public void setObjectId(Long objectId) {
        this.objectId = objectId;
    }

    public FindingResponse getSelected() {
        return selected;
    }

    public AcceptanceRequest getJustification() {
        return justification;
    }

    /** The kinds of object findings concern, for the filter. */
    public java.util.Set<ObjectKind> getObjectKinds() {
        return ObjectKind.FINDING_SUBJECTS;
    }
}
