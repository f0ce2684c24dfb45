package de.ropa.findings.control;

import de.ropa.activities.entity.ActivityStatus;
import de.ropa.activities.entity.Art9Condition;
import de.ropa.activities.entity.DpiaDecision;
import de.ropa.activities.entity.LegalBasis;
import de.ropa.activities.entity.RecordType;
import de.ropa.catalogue.entity.AddressBookUpload;
import de.ropa.catalogue.entity.DpaOffer;
import de.ropa.catalogue.entity.ServiceVariant;
import de.ropa.channels.entity.Audience;
import de.ropa.channels.entity.BackupMode;
import de.ropa.channels.entity.ChannelStatus;
import de.ropa.channels.entity.Device;
import de.ropa.findings.control.ActivityFacts.DataCategoryFacts;
import de.ropa.findings.control.ActivityFacts.PurposeFacts;
import de.ropa.platform.entity.ObjectKind;
import de.ropa.processors.entity.AgreementStatus;
import de.ropa.transfers.entity.Derogation;
import de.ropa.transfers.entity.TransferMechanism;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Reads what the rules need in a fixed number of projection queries (about fifteen, however large the
 * register): no entity graphs, no query per object. Runs in the caller's transaction.
 */
@ApplicationScoped
public class RegisterFactsLoader {

    private static final Logger LOG = Logger.getLogger(RegisterFactsLoader.class.getName());

    @PersistenceContext(unitName = "ropa")
    EntityManager em;

    public RegisterFacts load(FactsScope scope) {
        long started = System.nanoTime();
        Run run = new Run(scope);
        RegisterFacts facts = new RegisterFacts(
                scope.includes(ObjectKind.ORGANISATION) ? run.organisations() : List.of(),
                scope.includes(ObjectKind.ACTIVITY) ? run.activities() : List.of(),
                scope.includes(ObjectKind.CHANNEL) ? run.channels() : List.of(),
                scope.includes(ObjectKind.PROCESSOR) ? run.processors() : List.of(),
                scope.includes(ObjectKind.TRANSFER) ? run.transfers() : List.of());
        LOG.fine(() -> String.format("findings facts: %d activities, %d channels, %d processors, %d transfers in %d queries, %d ms",
                facts.activities().size(), facts.channels().size(), facts.processors().size(), facts.transfers().size(),
                run.queries, (System.nanoTime() - started) / 1_000_000));
        return facts;
    }

    /** One loading pass: builds the WHERE clauses of the scope and counts the queries it sends. */
    private final class Run {

        private final FactsScope scope;
        int queries;

        Run(FactsScope scope) {
            this.scope = scope;
        }

        /**
         * Rows of a JPQL query whose {@code {scope}} placeholder becomes the scope's conditions: the
         * organisations on {@code orgAlias}, the one object of {@code kind} on {@code idAlias}. Filtering the
         * organisation on the side a join starts from keeps H2 from planning a cross join.
         */
        private List<Object[]> rows(String jpql, ObjectKind kind, String orgAlias, String idAlias, Map<String, Object> parameters) {
            StringBuilder where = new StringBuilder();
            Map<String, Object> all = new HashMap<>(parameters);
            if (scope.organisations() != null) {
                where.append(orgAlias).append(".organisationId IN :orgs");
                all.put("orgs", scope.organisations());
            }
            if (scope.narrowsTo(kind)) {
                where.append(where.isEmpty() ? "" : " AND ").append(idAlias).append(".id = :objectId");
                all.put("objectId", scope.objectId());
            }
            String condition = where.isEmpty() ? "1 = 1" : where.toString();
            Query query = em.createQuery(jpql.replace("{scope}", condition));
            all.forEach(query::setParameter);
            queries++;
            List<?> result = query.getResultList();
            List<Object[]> rows = new ArrayList<>(result.size());
            for (Object row : result) {
                rows.add(row instanceof Object[] columns ? columns : new Object[] {row});
            }
            return rows;
        }

        private List<Object[]> rows(String jpql, ObjectKind kind, String alias, Map<String, Object> parameters) {
            return rows(jpql, kind, alias, alias, parameters);
        }

        private List<Object[]> rows(String jpql, ObjectKind kind, String alias) {
            return rows(jpql, kind, alias, alias, Map.of());
        }

        List<OrganisationFacts> organisations() {
            String jpql = "SELECT o.id, o.name, o.street, o.postalCode, o.city, o.email, o.phone, o.dpoName, o.dpoEmail, o.dpoPhone"
                    + " FROM Organisation o" + (scope.organisations() == null ? "" : " WHERE o.id IN :orgs");
            Query query = em.createQuery(jpql);
            if (scope.organisations() != null) {
                query.setParameter("orgs", scope.organisations());
            }
            queries++;
            List<OrganisationFacts> result = new ArrayList<>();
            for (Object row : query.getResultList()) {
                Object[] o = (Object[]) row;
                result.add(new OrganisationFacts(id(o[0]), (String) o[1], (String) o[2], (String) o[3], (String) o[4],
                        (String) o[5], (String) o[6], (String) o[7], (String) o[8], (String) o[9]));
            }
            return result;
        }

        List<ActivityFacts> activities() {
            Map<Long, List<PurposeFacts>> purposes = new HashMap<>();
            for (Object[] r : rows("SELECT a.id, p.legalBasis, p.art9Condition, p.balancingTestReference"
                    + " FROM ProcessingActivity a JOIN a.purposes p WHERE {scope}", ObjectKind.ACTIVITY, "a")) {
                purposes.computeIfAbsent(id(r[0]), k -> new ArrayList<>())
                        .add(new PurposeFacts((LegalBasis) r[1], (Art9Condition) r[2], present(r[3])));
            }
            Map<Long, List<DataCategoryFacts>> categories = new HashMap<>();
            for (Object[] r : rows("SELECT a.id, d.name, d.specialCategory, d.erasurePeriod"
                    + " FROM ProcessingActivity a JOIN a.dataCategories d WHERE {scope}", ObjectKind.ACTIVITY, "a")) {
                categories.computeIfAbsent(id(r[0]), k -> new ArrayList<>())
                        .add(new DataCategoryFacts((String) r[1], Boolean.TRUE.equals(r[2]), present(r[3])));
            }
            Map<Long, Integer> subjects = count(rows("SELECT a.id FROM ProcessingActivity a JOIN a.subjectCategories s"
                    + " WHERE {scope}", ObjectKind.ACTIVITY, "a"));
            Map<Long, Integer> measures = count(rows("SELECT a.id FROM ProcessingActivity a JOIN a.measures m"
                    + " WHERE {scope}", ObjectKind.ACTIVITY, "a"));
            List<ActivityFacts> result = new ArrayList<>();
            for (Object[] r : rows("SELECT a.id, a.organisationId, a.name, a.recordType, a.status, a.clientController,"
                    + " a.tomSummary, a.dpiaDecision, a.nextReviewOn FROM ProcessingActivity a WHERE {scope}",
                    ObjectKind.ACTIVITY, "a")) {
                long id = id(r[0]);
                result.add(new ActivityFacts(id, id(r[1]), (String) r[2], (RecordType) r[3], (ActivityStatus) r[4],
                        present(r[5]), purposes.getOrDefault(id, List.of()), subjects.getOrDefault(id, 0),
                        categories.getOrDefault(id, List.of()), measures.getOrDefault(id, 0), present(r[6]),
                        (DpiaDecision) r[7], (LocalDate) r[8]));
            }
            return result;
        }

        List<ChannelFacts> channels() {
            Map<Long, ServiceFacts> services = new HashMap<>();
            queries++;
            for (Object row : em.createQuery("SELECT s.id, s.code, s.name, s.variant, s.dpaOffered, s.addressBookUpload,"
                    + " s.verifiedOn, s.factsChangedAt FROM MessengerService s").getResultList()) {
                Object[] s = (Object[]) row;
                services.put(id(s[0]), new ServiceFacts(id(s[0]), (String) s[1], (String) s[2], (ServiceVariant) s[3],
                        (DpaOffer) s[4], (AddressBookUpload) s[5], (LocalDate) s[6], (LocalDateTime) s[7]));
            }
            Map<Long, Set<Device>> devices = new HashMap<>();
            for (Object[] r : rows("SELECT c.id, d FROM Channel c JOIN c.devices d WHERE {scope}", ObjectKind.CHANNEL, "c")) {
                devices.computeIfAbsent(id(r[0]), k -> EnumSet.noneOf(Device.class)).add((Device) r[1]);
            }
            Map<Long, Set<String>> activities = new HashMap<>();
            Map<Long, Set<String>> consent = new HashMap<>();
            for (Object[] r : rows("SELECT c.id, a.name, p.legalBasis, p.art9Condition FROM ProcessingActivity a"
                    + " JOIN a.channels c LEFT JOIN a.purposes p WHERE a.status <> :retired AND {scope}",
                    ObjectKind.CHANNEL, "a", "c", Map.of("retired", ActivityStatus.RETIRED))) {
                long channel = id(r[0]);
                activities.computeIfAbsent(channel, k -> new TreeSet<>()).add((String) r[1]);
                if (r[2] == LegalBasis.A_CONSENT || r[3] == Art9Condition.A_EXPLICIT_CONSENT) {
                    consent.computeIfAbsent(channel, k -> new TreeSet<>()).add((String) r[1]);
                }
            }
            Set<Long> coveredChannels = new HashSet<>();
            for (Object[] r : rows("SELECT DISTINCT c.id FROM Processor p JOIN p.channels c WHERE {scope}",
                    ObjectKind.CHANNEL, "p", "c", Map.of())) {
                coveredChannels.add(id(r[0]));
            }
            Set<List<Long>> coveredServices = new HashSet<>();
            for (Object[] r : rows("SELECT DISTINCT p.organisationId, s.id FROM Processor p JOIN p.services s WHERE {scope}",
                    ObjectKind.PROCESSOR, "p")) {
                coveredServices.add(List.of(id(r[0]), id(r[1])));
            }
            List<ChannelFacts> result = new ArrayList<>();
            for (Object[] r : rows("SELECT c.id, c.organisationId, c.name, c.status, c.service.id, c.audience, c.contactSync,"
                    + " c.backupMode, c.art13Information, c.imprintInProfile, c.consentRecording, c.inPrivacyNotice,"
                    + " c.specialCategories, c.lastReviewedOn, c.nextReviewOn, c.createdAt FROM Channel c WHERE {scope}",
                    ObjectKind.CHANNEL, "c")) {
                long id = id(r[0]);
                long organisation = id(r[1]);
                long service = id(r[4]);
                result.add(new ChannelFacts(id, organisation, (String) r[2], (ChannelStatus) r[3], services.get(service),
                        (Audience) r[5], devices.getOrDefault(id, Set.of()), Boolean.TRUE.equals(r[6]), (BackupMode) r[7],
                        Boolean.TRUE.equals(r[8]), Boolean.TRUE.equals(r[9]), present(r[10]), Boolean.TRUE.equals(r[11]),
                        Boolean.TRUE.equals(r[12]), (LocalDate) r[13], (LocalDate) r[14], (LocalDateTime) r[15],
                        activities.getOrDefault(id, Set.of()), consent.getOrDefault(id, Set.of()),
                        coveredChannels.contains(id) || coveredServices.contains(List.of(organisation, service))));
            }
            return result;
        }

        List<ProcessorFacts> processors() {
            Set<Long> inUse = new HashSet<>();
            for (Object[] r : rows("SELECT DISTINCT p.id FROM Processor p JOIN p.channels c WHERE c.status <> :retired"
                    + " AND {scope}", ObjectKind.PROCESSOR, "p", Map.of("retired", ChannelStatus.RETIRED))) {
                inUse.add(id(r[0]));
            }
            for (Object[] r : rows("SELECT DISTINCT p.id FROM ProcessingActivity a JOIN a.recipients r JOIN r.processor p"
                    + " WHERE a.status <> :retired AND {scope}", ObjectKind.PROCESSOR, "a", "p",
                    Map.of("retired", ActivityStatus.RETIRED))) {
                inUse.add(id(r[0]));
            }
            List<ProcessorFacts> result = new ArrayList<>();
            for (Object[] r : rows("SELECT p.id, p.organisationId, p.name, p.agreementStatus, p.signedOn, p.documentReference,"
                    + " p.validUntil, p.reviewOn FROM Processor p WHERE {scope}", ObjectKind.PROCESSOR, "p")) {
                long id = id(r[0]);
                result.add(new ProcessorFacts(id, id(r[1]), (String) r[2], (AgreementStatus) r[3], (LocalDate) r[4],
                        present(r[5]), (LocalDate) r[6], (LocalDate) r[7], inUse.contains(id)));
            }
            return result;
        }

        List<TransferFacts> transfers() {
            Map<Long, Integer> channels = new HashMap<>();
            for (Object[] r : rows("SELECT t.id, COUNT(c) FROM Transfer t JOIN t.channels c WHERE c.status <> :retired"
                    + " AND {scope} GROUP BY t.id", ObjectKind.TRANSFER, "t", Map.of("retired", ChannelStatus.RETIRED))) {
                channels.put(id(r[0]), ((Number) r[1]).intValue());
            }
            List<TransferFacts> result = new ArrayList<>();
            for (Object[] r : rows("SELECT t.id, t.organisationId, t.recipient, t.country, t.mechanism, t.derogation,"
                    + " t.dpfChecked, t.dpfCheckedOn, t.tiaDone, t.safeguardsDocumentation FROM Transfer t WHERE {scope}",
                    ObjectKind.TRANSFER, "t")) {
                long id = id(r[0]);
                result.add(new TransferFacts(id, id(r[1]), (String) r[2], (String) r[3], (TransferMechanism) r[4],
                        (Derogation) r[5], Boolean.TRUE.equals(r[6]), (LocalDate) r[7], Boolean.TRUE.equals(r[8]),
                        present(r[9]), channels.getOrDefault(id, 0)));
            }
            return result;
        }
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }

    private static boolean present(Object text) {
        return text instanceof String s && !s.isBlank();
    }

    private static Map<Long, Integer> count(List<Object[]> rows) {
        Map<Long, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.merge(id(r[0]), 1, Integer::sum));
        return counts;
    }
}
