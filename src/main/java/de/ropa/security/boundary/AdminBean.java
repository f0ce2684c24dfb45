package de.ropa.security.boundary;

import de.ropa.organisations.boundary.OrganisationContext;
import de.ropa.organisations.boundary.OrganisationService;
import de.ropa.platform.faces.FormErrors;
import de.ropa.platform.faces.FormErrors.Outcome;
import de.ropa.platform.paging.PageRequest;
import de.ropa.security.entity.UserAccount;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * The administration page: users with their roles and organisations, and API tokens for integration
 * clients (shown once at creation, revocable). The access service refuses everyone but admins.
 */
@Named
@ViewScoped
public class AdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccessService access;

    @Inject
    OrganisationService organisations;

    @Inject
    OrganisationContext organisationContext;

    @Inject
    FormErrors errors;

    private List<UserResponse> users;
    private List<TokenResponse> tokens;
    private Long editedId;
    private long editedVersion;
    private UserRequest user = new UserRequest();
    private TokenRequest token = new TokenRequest();
    private String issuedToken;

    @PostConstruct
    void load() {
        users = access.users().stream().map(UserResponse::from).toList();
        tokens = access.tokens().stream().map(t -> TokenResponse.from(t, null)).toList();
    }

    public void newUser() {
        editedId = null;
        user = new UserRequest();
        user.enabled = true;
    }

    public void edit(UserResponse existing) {
        editedId = existing.id();
        editedVersion = existing.version();
        user = new UserRequest();
        user.username = existing.username();
        user.displayName = existing.displayName();
        user.email = existing.email();
        user.roles = new LinkedHashSet<>(existing.roles());
        user.organisationIds = new LinkedHashSet<>(existing.organisationIds());
        user.enabled = existing.enabled();
    }

    public void saveUser() {
        UserRequest request = user;
        Outcome outcome = errors.attempt("accountForm", request, () -> editedId == null
                ? access.createUser(request) : access.updateUser(editedId, editedVersion, request));
        if (outcome == Outcome.SAVED) {
            errors.saved(text("admin.userSaved"));
            organisationContext.refresh();
            load();
            PrimeFaces.current().executeScript("PF('userDialog').hide()");
        }
    }

    public void newToken() {
        token = new TokenRequest();
        token.validDays = 90;
        issuedToken = null;
    }

    public void createToken() {
        TokenRequest request = token;
        AccessService.IssuedToken[] issued = new AccessService.IssuedToken[1];
        if (errors.attempt("tokenForm", request, () -> issued[0] = access.createToken(request)) == Outcome.SAVED) {
            issuedToken = issued[0].clearToken();
            load();
        }
    }

    public void revoke(TokenResponse revoked) {
        errors.attempt("tokensForm", () -> access.revokeToken(revoked.id()));
        load();
    }

    public Map<Long, String> getOrganisationOptions() {
        Map<Long, String> options = new LinkedHashMap<>();
        organisations.list(new PageRequest(0, PageRequest.MAX_SIZE), null, "name").items()
                .forEach(o -> options.put(o.getId(), o.getName()));
        return options;
    }

    public Map<Long, String> getUserOptions() {
        Map<Long, String> options = new LinkedHashMap<>();
        access.users().stream().filter(UserAccount::isEnabled).forEach(u -> options.put(u.getId(), u.getUsername()));
        return options;
    }

    private static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }

    public List<UserResponse> getUsers() {
        return users;
    }

    public List<TokenResponse> getTokens() {
        return tokens;
    }

    public UserRequest getUser() {
        return user;
    }

    public TokenRequest getToken() {
        return token;
    }

    public String getIssuedToken() {
        return issuedToken;
    }

    public boolean isEditing() {
        return editedId != null;
    }
}
