package de.ropa.processors.boundary;

import de.ropa.catalogue.entity.ServiceVariant;
import de.ropa.channels.entity.ChannelStatus;
import de.ropa.platform.control.FactsQuery;
import de.ropa.platform.entity.ObjectKind;
import de.ropa.processors.entity.AgreementStatus;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What the findings' rules read of a processor: the state of its processing agreement, whether a channel or activity
 * that is not retired still uses it, and whether everything it is recorded for is a consumer app (whose provider is no
 * processor at all: the channels' finding says so once).
 */
public record ProcessorFacts(long id, long organisationId, String name, AgreementStatus agreementStatus,
                             LocalDate signedOn, boolean documentReferenced, LocalDate validUntil, LocalDate reviewOn,
                             boolean inUse, boolean consumerAppsOnly) {

    /**
     * The scope's processors, in four queries; {@code usedByActivities} names those that activities (not retired)
     * name as recipients, which the activities know.
     */
    public static List<ProcessorFacts> load(FactsQuery query, Set<Long> usedByActivities) {
        Map<Long, Set<ServiceVariant>> variants = new HashMap<>();
        Stream.concat(query.rows("SELECT p.id AS processor, s.variant AS variant FROM Processor p JOIN p.services s"
                                + " WHERE {scope}", ObjectKind.PROCESSOR, "p").stream(),
                        query.rows("SELECT p.id AS processor, c.service.variant AS variant FROM Processor p JOIN p.channels c"
                                + " WHERE {scope}", ObjectKind.PROCESSOR, "p").stream())
                .forEach(r -> variants.computeIfAbsent(r.id("processor"), k -> EnumSet.noneOf(ServiceVariant.class))
                        .add(r.get("variant", ServiceVariant.class)));
        Set<Long> inUse = new HashSet<>(usedByActivities);
        query.rows("SELECT DISTINCT p.id AS processor FROM Processor p JOIN p.channels c WHERE c.status <> :retired"
                        + " AND {scope}", ObjectKind.PROCESSOR, "p", Map.of("retired", ChannelStatus.RETIRED))
                .forEach(r -> inUse.add(r.id("processor")));
        return query.rows("SELECT p.id AS objectid, p.organisationId AS organisationid, p.name AS name,"
                + " p.agreementStatus AS agreementstatus, p.signedOn AS signedon, p.documentReference AS documentreference,"
                + " p.validUntil AS validuntil, p.reviewOn AS reviewon FROM Processor p WHERE {scope}",
                ObjectKind.PROCESSOR, "p").stream().map(r -> new ProcessorFacts(r.id("objectid"), r.id("organisationid"),
                r.text("name"), r.get("agreementstatus", AgreementStatus.class), r.get("signedon", LocalDate.class),
                r.present("documentreference"), r.get("validuntil", LocalDate.class), r.get("reviewon", LocalDate.class),
                inUse.contains(r.id("objectid")),
                Set.of(ServiceVariant.CONSUMER_APP).equals(variants.get(r.id("objectid"))))).toList();
    }

    /** Which processors are recorded for each channel, and for each (organisation, service) pair. */
    /**
     * What the scope's processors cover: per channel, and per organisation and service. The processors of one channel
     * are combined once and shared by every activity over it (50,000 activities each holding their own copy of a
     * channel's few hundred processors took the heap).
     */
    public static final class Coverage {

        private final Map<Long, Set<Long>> byChannel;
        private final Map<List<Long>, Set<Long>> byOrganisationService;
        private final Map<List<Long>, Set<Long>> combined = new HashMap<>();

        Coverage(Map<Long, Set<Long>> byChannel, Map<List<Long>, Set<Long>> byOrganisationService) {
            this.byChannel = byChannel;
            this.byOrganisationService = byOrganisationService;
        }

        public boolean covers(long organisationId, long channelId, long serviceId) {
            return !processorsFor(organisationId, channelId, serviceId).isEmpty();
        }

        /** The processors recorded for the channel or for its service in the organisation; not to be changed. */
        public Set<Long> processorsFor(long organisationId, long channelId, long serviceId) {
            return combined.computeIfAbsent(List.of(organisationId, channelId, serviceId), key -> {
                Set<Long> processors = new TreeSet<>(byChannel.getOrDefault(channelId, Set.of()));
                processors.addAll(byOrganisationService.getOrDefault(List.of(organisationId, serviceId), Set.of()));
                return Collections.unmodifiableSet(processors);
            });
        }
    }

    /** What the scope's processors cover, for the channels' and activities' facts, in two queries. */
    public static Coverage coverage(FactsQuery query) {
        Map<Long, Set<Long>> channels = new HashMap<>();
        query.rows("SELECT DISTINCT c.id AS channel, p.id AS processor FROM Processor p JOIN p.channels c WHERE {scope}",
                ObjectKind.CHANNEL, "p", "c", Map.of()).forEach(r -> channels.computeIfAbsent(r.id("channel"),
                k -> new HashSet<>()).add(r.id("processor")));
        Map<List<Long>, Set<Long>> services = new HashMap<>();
        query.rows("SELECT DISTINCT p.organisationId AS organisationid, s.id AS service, p.id AS processor FROM Processor p"
                + " JOIN p.services s WHERE {scope}", ObjectKind.PROCESSOR, "p")
                .forEach(r -> services.computeIfAbsent(List.of(r.id("organisationid"), r.id("service")),
                        k -> new HashSet<>()).add(r.id("processor")));
        return new Coverage(channels, services);
    }
}
