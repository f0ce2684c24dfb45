package de.ropa.security.control;

import de.ropa.platform.control.Workplace;
import de.ropa.security.entity.UserWorkplace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Keeps the organisation each user last worked in; whether the user may still see it is the screens' question. */
@ApplicationScoped
@Transactional
public class Workplaces implements Workplace {

    @PersistenceContext(unitName = "ropa")
    EntityManager em;

    @Override
    public Optional<Long> last(String username) {
        return Optional.ofNullable(username == null ? null : em.find(UserWorkplace.class, username))
                .map(UserWorkplace::getOrganisationId);
    }

    @Override
    public void remember(String username, long organisationId) {
        if (username == null) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        UserWorkplace workplace = em.find(UserWorkplace.class, username);
        if (workplace == null) {
            workplace = new UserWorkplace(username);
            workplace.choose(organisationId, now); // complete before persist: the insert takes the state of that moment
            em.persist(workplace);
        } else {
            workplace.choose(organisationId, now);
        }
    }
}
