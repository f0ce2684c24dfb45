package de.ropa.security.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;

/** The organisations the current caller is a member of, read once per request. */
@RequestScoped
public class CallerMemberships {

    @PersistenceContext(unitName = "ropa")
    EntityManager em;

    private Set<Long> organisationIds;

    Set<Long> of(String username) {
        if (organisationIds == null) {
            organisationIds = new HashSet<>(em.createQuery("SELECT m FROM UserAccount u JOIN u.organisationIds m"
                    + " WHERE u.username = :name", Long.class).setParameter("name", username).getResultList());
        }
        return organisationIds;
    }
}
