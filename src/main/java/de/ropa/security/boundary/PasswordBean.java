package de.ropa.security.boundary;

import de.ropa.platform.faces.FormErrors;
import de.ropa.security.control.RopaAuthenticationMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** The page where users change their own password (and must, after a generated first-start password). */
@Named
@RequestScoped
public class PasswordBean {

    static final String FORM = "passwordForm";

    @Inject
    AccountService service;

    @Inject
    FormErrors errors;

    @Inject
    RopaAuthenticationMechanism mechanism;

    private final PasswordChange change = new PasswordChange();
    private String repeated;

    public void save() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (change.newPassword != null && !change.newPassword.equals(repeated)) {
            String text = faces.getApplication().getResourceBundle(faces, "msg").getString("password.mismatch");
            faces.addMessage(FORM + ":repeated", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            faces.validationFailed();
            return;
        }
        if (errors.attempt(FORM, change, () -> {
            service.changePassword(change);
            return null;
        }) != FormErrors.Outcome.SAVED) {
            return;
        }
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // this session stays (the account's new version is its own); the user's other sessions end
        mechanism.rememberAccount(request, request.getUserPrincipal().getName());
        errors.saved(faces.getApplication().getResourceBundle(faces, "msg").getString("password.changed"));
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
    }

    public boolean isRequired() {
        return service.mustChangePassword();
    }

    public PasswordChange getChange() {
        return change;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
