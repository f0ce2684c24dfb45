package de.ropa.findings.control;

import de.ropa.activities.boundary.ActivityFacts;
import de.ropa.catalogue.boundary.ServiceFacts;
import de.ropa.channels.boundary.ChannelFacts;
import de.ropa.organisations.boundary.OrganisationFacts;
import de.ropa.organisations.entity.OrganisationType;
import de.ropa.platform.control.FactsQuery;
import de.ropa.platform.control.FactsScope;
import de.ropa.platform.entity.ObjectKind;
import de.ropa.processors.boundary.ProcessorFacts;
import de.ropa.transfers.boundary.TransferFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        Surroundings around = new Surroundings(query);
        RegisterFacts facts = new RegisterFacts(
                scope.includes(ObjectKind.ORGANISATION) ? OrganisationFacts.load(query) : List.<OrganisationFacts>of(),
                scope.includes(ObjectKind.ACTIVITY) ? ActivityFacts.load(query, around) : List.<ActivityFacts>of(),
                scope.includes(ObjectKind.CHANNEL) ? ChannelFacts.load(query, around.services(), ActivityFacts.channelUse(query),
                        around.coverage()::processorsFor, id -> around.organisationType(id)) : List.<ChannelFacts>of(),
                scope.includes(ObjectKind.PROCESSOR) ? ProcessorFacts.load(query, ActivityFacts.processorsInUse(query))
                        : List.<ProcessorFacts>of(),
                scope.includes(ObjectKind.TRANSFER) ? TransferFacts.load(query, around.services()) : List.<TransferFacts>of());
        LOG.fine(() -> String.format("findings facts: %d activities, %d channels, %d processors, %d transfers in %d queries, %d ms",
                facts.activities().size(), facts.channels().size(), facts.processors().size(), facts.transfers().size(),
                query.queries(), (System.nanoTime() - started) / 1_000_000));
        return facts;
    }

    /** What one kind's facts need from other components, each loaded once and only when asked for. */
    private static final class Surroundings implements ActivityFacts.Surroundings {

        private final FactsQuery query;
        private Map<Long, OrganisationType> types;
        private Map<Long, ServiceFacts> services;
        private ProcessorFacts.Coverage coverage;
        private Set<Long> channelsWithTransfer;
        private Map<Long, Set<String>> countriesByProcessor;

        Surroundings(FactsQuery query) {
            this.query = query;
        }

        Map<Long, ServiceFacts> services() {
            if (services == null) {
                services = ServiceFacts.load(query);
            }
            return services;
        }

        ProcessorFacts.Coverage coverage() {
            if (coverage == null) {
                coverage = ProcessorFacts.coverage(query);
            }
            return coverage;
        }

        @Override
        public OrganisationType organisationType(long organisationId) {
            if (types == null) {
                types = OrganisationFacts.types(query);
            }
            return types.get(organisationId);
        }

        @Override
        public ServiceFacts service(long serviceId) {
            return services().get(serviceId);
        }

        @Override
        public boolean transferRecorded(long channelId) {
            if (channelsWithTransfer == null) {
                channelsWithTransfer = TransferFacts.channelsWithTransfer(query);
            }
            return channelsWithTransfer.contains(channelId);
        }

        @Override
        public Set<Long> processorsFor(long organisationId, long channelId, long serviceId) {
            return coverage().processorsFor(organisationId, channelId, serviceId);
        }

        @Override
        public Set<String> transferCountriesOf(long processorId) {
            if (countriesByProcessor == null) {
                countriesByProcessor = TransferFacts.countriesByProcessor(query);
            }
            return countriesByProcessor.getOrDefault(processorId, Set.of());
        }
    }
}
