package de.ropa.findings.control;

import de.ropa.activities.boundary.ActivityFacts;
import de.ropa.catalogue.boundary.ServiceFacts;
import de.ropa.channels.boundary.ChannelFacts;
import de.ropa.organisations.boundary.OrganisationFacts;
import de.ropa.platform.control.FactsQuery;
import de.ropa.platform.control.FactsScope;
import de.ropa.platform.entity.ObjectKind;
import de.ropa.processors.boundary.ProcessorFacts;
import de.ropa.transfers.boundary.TransferFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * Gathers what the rules read: each component provides the facts of what it owns, in typed records and a fixed
 * number of projection queries (about fifteen, however large the register); where a kind's facts need another
 * component's knowledge (the activities that use a channel), the loader asks that component and hands the answer on.
 * Runs in the caller's transaction.
 */
@ApplicationScoped
public class RegisterFactsLoader {

    private static final Logger LOG = Logger.getLogger(RegisterFactsLoader.class.getName());

    @PersistenceContext(unitName = "ropa")
    EntityManager em;

    public RegisterFacts load(FactsScope scope) {
        long started = System.nanoTime();
        FactsQuery query = new FactsQuery(em, scope);
        RegisterFacts facts = new RegisterFacts(
                scope.includes(ObjectKind.ORGANISATION) ? OrganisationFacts.load(query) : List.<OrganisationFacts>of(),
                scope.includes(ObjectKind.ACTIVITY) ? ActivityFacts.load(query) : List.<ActivityFacts>of(),
                scope.includes(ObjectKind.CHANNEL) ? channels(query) : List.<ChannelFacts>of(),
                scope.includes(ObjectKind.PROCESSOR) ? ProcessorFacts.load(query, ActivityFacts.processorsInUse(query))
                        : List.<ProcessorFacts>of(),
                scope.includes(ObjectKind.TRANSFER) ? TransferFacts.load(query) : List.<TransferFacts>of());
        LOG.fine(() -> String.format("findings facts: %d activities, %d channels, %d processors, %d transfers in %d queries, %d ms",
                facts.activities().size(), facts.channels().size(), facts.processors().size(), facts.transfers().size(),
                query.queries(), (System.nanoTime() - started) / 1_000_000));
        return facts;
    }

    private static List<ChannelFacts> channels(FactsQuery query) {
        return ChannelFacts.load(query, ServiceFacts.load(query), ActivityFacts.channelUse(query),
                ProcessorFacts.coverage(query)::covers);
    }
}
