package de.ropa.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/** The organisations the current caller is a member of, as the account's current state holds them. */
@ApplicationScoped
public class CallerMemberships {

    @Inject
    AccountStates states;

    Set<Long> of(String username) {
        return states.current(username).map(AccountStates.AccountState::organisations).orElse(Set.of());
    }
}
