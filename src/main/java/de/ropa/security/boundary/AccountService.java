package de.ropa.security.boundary;

import de.ropa.platform.control.ConflictException;
import de.ropa.platform.control.InvalidFieldException;
import de.ropa.platform.control.RegisterStore;
import de.ropa.platform.control.Trail;
import de.ropa.platform.entity.ObjectKind;
import de.ropa.security.control.AccountStates;
import de.ropa.security.control.AdminBootstrap;
import de.ropa.security.control.PasswordHashing;
import de.ropa.security.control.VerifiedPasswords;
import de.ropa.security.control.Visibility;
import de.ropa.security.entity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;

/** What every user does with their own account: change the password (a generated one must be changed first). */
@ApplicationScoped
@Transactional
public class AccountService {

    @Inject
    RegisterStore store;

    @Inject
    Visibility visibility;

    @Inject
    PasswordHashing hashing;

    @Inject
    VerifiedPasswords verified;

    @Inject
    AccountStates states;

    @Inject
    AdminBootstrap bootstrap;

    @Inject
    Trail trail;

    /** Whether the caller still has to replace a generated password. */
    public boolean mustChangePassword() {
        return states.current(visibility.callerName()).map(AccountStates.AccountState::mustChangePassword).orElse(false);
    }

    /** Replaces the caller's password; other sessions of the caller end with their next request. */
    public void changePassword(PasswordChange change) {
        store.validate(change);
        String username = visibility.callerName();
        UserAccount user = store.em().createQuery("SELECT u FROM UserAccount u WHERE u.username = :name", UserAccount.class)
                .setParameter("name", username).getResultStream().findFirst()
                .orElseThrow(() -> new ConflictException("account.gone"));
        if (user.getPasswordHash() == null) {
            throw new ConflictException("account.tokensOnly");
        }
        if (!hashing.verify(change.currentPassword, user.getPasswordHash())) {
            throw new InvalidFieldException("currentPassword", "account.wrongCurrent");
        }
        if (change.newPassword.equals(change.currentPassword)) {
            throw new InvalidFieldException("newPassword", "account.samePassword");
        }
        if (change.newPassword.equalsIgnoreCase(username)) {
            throw new InvalidFieldException("newPassword", "account.passwordIsName");
        }
        String formerHash = user.getPasswordHash();
        boolean wasGenerated = user.isMustChangePassword();
        user.setPasswordHash(hashing.generate(change.newPassword));
        user.setMustChangePassword(false);
        user.touch();
        store.em().flush();
        verified.forget(formerHash);
        states.forget(username);
        trail.record(null, ObjectKind.USER, user.getId(), username, "PASSWORD_CHANGE",
                Map.of("mustChangePassword", wasGenerated), Map.of("mustChangePassword", false));
        if (wasGenerated) {
            bootstrap.discardInitialPassword();
        }
    }
}
