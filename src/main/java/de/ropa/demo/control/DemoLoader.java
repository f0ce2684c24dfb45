package de.ropa.demo.control;

import de.ropa.exchange.boundary.DocumentVersions;
import de.ropa.exchange.boundary.ExchangeService;
import de.ropa.exchange.boundary.RegisterDocument;
import de.ropa.organisations.boundary.OrganisationService;
import de.ropa.organisations.entity.Organisation;
import de.ropa.platform.control.Trail;
import de.ropa.security.control.DemoAccounts;
import de.ropa.security.control.SystemAccess;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * In demo mode, loads the sample organisation (a painting business in Cologne using WhatsApp Business,
 * WhatsApp on private phones, Teams and Threema Work) once, through the same import every client uses.
 */
@ApplicationScoped
@Transactional
public class DemoLoader {

    static final String DOCUMENT = "/demo/demo-register.json";
    private static final Logger LOG = Logger.getLogger(DemoLoader.class.getName());

    @Inject
    OrganisationService organisations;

    @Inject
    ExchangeService exchange;

    @Inject
    DemoAccounts accounts;

    @Inject
    Trail trail;

    void loadOnStart(@Observes @Priority(10) @Initialized(ApplicationScoped.class) Object started) {
        if (accounts.enabled()) {
            SystemAccess.run(() -> {
                load();
                return null;
            });
            return;
        }
        List<String> left = accounts.leftOver();
        if (!left.isEmpty()) {
            LOG.warning(() -> "Demo mode is off, but the demo accounts " + left + " are still in the database. They cannot"
                    + " log in (their passwords are public); delete them under Administration > Users.");
        }
    }

    private void load() {
        RegisterDocument document = document();
        trail.oneAtATime(); // servers starting together load the sample organisation once
        boolean present = organisations.findByName(document.organisation.name).isPresent();
        if (present) {
            LOG.info(() -> "Demo mode: sample organisation \"" + document.organisation.name + "\" is already there");
            return;
        }
        Organisation organisation = organisations.create(document.organisation.toRequest());
        Map<String, Integer> counts = exchange.importInto(organisation.getId(), document);
        accounts.ensure(organisation.getId());
        LOG.info(() -> "Demo mode: loaded sample organisation \"" + organisation.getName() + "\" (id "
                + organisation.getId() + "): " + counts + ", and the demo accounts shown on the login page");
    }

    static RegisterDocument document() {
        try (InputStream in = DemoLoader.class.getResourceAsStream(DOCUMENT)) {
            return DocumentVersions.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
