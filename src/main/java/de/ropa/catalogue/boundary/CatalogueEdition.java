package de.ropa.catalogue.boundary;

import de.ropa.platform.control.RegisterStore;
import de.ropa.platform.control.Trail;
import de.ropa.security.control.SystemAccess;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Brings the shipped messenger catalogue into the database once per edition, after the schema migration and before
 * demo data: new services are added, services an earlier edition wrote are replaced (the trail records the change, and
 * channels relying on them are asked for a review), and services an admin changed are kept as the admin left them.
 */
@ApplicationScoped
@Transactional
public class CatalogueEdition {

    private static final Logger LOG = Logger.getLogger(CatalogueEdition.class.getName());

    @Inject
    CatalogueService catalogue;

    @Inject
    RegisterStore store;

    @Inject
    Trail trail;

    void applyOnStart(@Observes @Priority(5) @Initialized(ApplicationScoped.class) Object started) {
        CatalogueSeed seed = CatalogueSeed.shipped();
        trail.oneAtATime(); // servers starting together apply an edition once: the second finds it applied
        if (applied(seed.edition)) {
            return;
        }
        List<String> kept = new ArrayList<>();
        SystemAccess.run(() -> {
            for (MessengerServiceRequest service : seed.services) {
                if (!catalogue.applyEdition(seed.edition, service)) {
                    kept.add(service.code);
                }
            }
            return null;
        });
        store.em().createNativeQuery("INSERT INTO catalogue_edition (edition, applied_at) VALUES (?1, ?2)")
                .setParameter(1, seed.edition)
                .setParameter(2, LocalDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        LOG.info(() -> "Messenger catalogue edition " + seed.edition + " applied (" + seed.services.size() + " services)"
                + (kept.isEmpty() ? "" : "; kept as changed by an admin: " + kept));
    }

    private boolean applied(String edition) {
        return !store.em().createNativeQuery("SELECT edition FROM catalogue_edition WHERE edition = ?1")
                .setParameter(1, edition).getResultList().isEmpty();
    }
}
