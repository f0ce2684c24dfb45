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
         * organisation on the side a join starts from keeps H2 from planning a cross join. Columns are read by
         * their alias ({@code c.contactSync AS contactsync}), never by position: a new fact shifts nothing.
         */
        private List<Row> rows(String jpql, ObjectKind kind, String orgAlias, String idAlias, Map<String, Object> parameters) {
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
            return Row.all(jpql, query.getResultList());
        }

        private List<Row> rows(String jpql, ObjectKind kind, String alias, Map<String, Object> parameters) {
            return rows(jpql, kind, alias, alias, parameters);
        }

        private List<Row> rows(String jpql, ObjectKind kind, String alias) {
            return rows(jpql, kind, alias, alias, Map.of());
        }

        List<OrganisationFacts> organisations() {
            String jpql = "SELECT o.id AS objectid, o.name AS name, o.street AS street, o.postalCode AS postalcode, o.city AS city,"
                    + " o.email AS email, o.phone AS phone, o.dpoName AS dponame, o.dpoEmail AS dpoemail, o.dpoPhone AS dpophone"
                    + " FROM Organisation o" + (scope.organisations() == null ? "" : " WHERE o.id IN :orgs");
            Query query = em.createQuery(jpql);
            if (scope.organisations() != null) {
                query.setParameter("orgs", scope.organisations());
            }
            queries++;
            List<OrganisationFacts> result = new ArrayList<>();
            for (Row o : Row.all(jpql, query.getResultList())) {
                result.add(new OrganisationFacts(id(o, "objectid"), text(o, "name"), text(o, "street"), text(o, "postalcode"),
                        text(o, "city"), text(o, "email"), text(o, "phone"), text(o, "dponame"), text(o, "dpoemail"),
                        text(o, "dpophone")));
            }
            return result;
        }

        List<ActivityFacts> activities() {
            Map<Long, List<PurposeFacts>> purposes = new HashMap<>();
            for (Row r : rows("SELECT a.id AS activity, p.legalBasis AS legalbasis, p.art9Condition AS art9condition,"
                    + " p.balancingTestReference AS balancingtest FROM ProcessingActivity a JOIN a.purposes p WHERE {scope}",
                    ObjectKind.ACTIVITY, "a")) {
                purposes.computeIfAbsent(id(r, "activity"), k -> new ArrayList<>()).add(new PurposeFacts(
                        r.get("legalbasis", LegalBasis.class), r.get("art9condition", Art9Condition.class), present(r, "balancingtest")));
            }
            Map<Long, List<DataCategoryFacts>> categories = new HashMap<>();
            for (Row r : rows("SELECT a.id AS activity, d.name AS name, d.specialCategory AS special, d.erasurePeriod AS erasure"
                    + " FROM ProcessingActivity a JOIN a.dataCategories d WHERE {scope}", ObjectKind.ACTIVITY, "a")) {
                categories.computeIfAbsent(id(r, "activity"), k -> new ArrayList<>())
                        .add(new DataCategoryFacts(text(r, "name"), yes(r, "special"), present(r, "erasure")));
            }
            Map<Long, Integer> subjects = count(rows("SELECT a.id AS activity FROM ProcessingActivity a JOIN a.subjectCategories s"
                    + " WHERE {scope}", ObjectKind.ACTIVITY, "a"));
            Map<Long, Integer> measures = count(rows("SELECT a.id AS activity FROM ProcessingActivity a JOIN a.measures m"
                    + " WHERE {scope}", ObjectKind.ACTIVITY, "a"));
            List<ActivityFacts> result = new ArrayList<>();
            for (Row r : rows("SELECT a.id AS objectid, a.organisationId AS organisationid, a.name AS name, a.recordType AS recordtype,"
                    + " a.status AS status, a.clientController AS clientcontroller, a.tomSummary AS tomsummary,"
                    + " a.dpiaDecision AS dpiadecision, a.nextReviewOn AS nextreviewon FROM ProcessingActivity a WHERE {scope}",
                    ObjectKind.ACTIVITY, "a")) {
                long id = id(r, "objectid");
                result.add(new ActivityFacts(id, id(r, "organisationid"), text(r, "name"), r.get("recordtype", RecordType.class),
                        r.get("status", ActivityStatus.class), present(r, "clientcontroller"), purposes.getOrDefault(id, List.of()),
                        subjects.getOrDefault(id, 0), categories.getOrDefault(id, List.of()), measures.getOrDefault(id, 0),
                        present(r, "tomsummary"), r.get("dpiadecision", DpiaDecision.class), r.get("nextreviewon", LocalDate.class)));
            }
            return result;
        }

        List<ChannelFacts> channels() {
            Map<Long, ServiceFacts> services = new HashMap<>();
            queries++;
            String serviceQuery = "SELECT s.id AS objectid, s.code AS code, s.name AS name, s.variant AS variant,"
                    + " s.dpaOffered AS dpaoffered, s.addressBookUpload AS addressbookupload, s.verifiedOn AS verifiedon,"
                    + " s.factsChangedAt AS factschangedat FROM MessengerService s";
            for (Row s : Row.all(serviceQuery, em.createQuery(serviceQuery).getResultList())) {
                services.put(id(s, "objectid"), new ServiceFacts(id(s, "objectid"), text(s, "code"), text(s, "name"),
                        s.get("variant", ServiceVariant.class), s.get("dpaoffered", DpaOffer.class),
                        s.get("addressbookupload", AddressBookUpload.class), s.get("verifiedon", LocalDate.class),
                        s.get("factschangedat", LocalDateTime.class)));
            }
            Map<Long, Set<Device>> devices = new HashMap<>();
            for (Row r : rows("SELECT c.id AS channel, d AS device FROM Channel c JOIN c.devices d WHERE {scope}",
                    ObjectKind.CHANNEL, "c")) {
                devices.computeIfAbsent(id(r, "channel"), k -> EnumSet.noneOf(Device.class)).add(r.get("device", Device.class));
            }
            Map<Long, Set<String>> activities = new HashMap<>();
            Map<Long, Set<String>> consent = new HashMap<>();
            for (Row r : rows("SELECT c.id AS channel, a.name AS activity, p.legalBasis AS legalbasis,"
                    + " p.art9Condition AS art9condition FROM ProcessingActivity a JOIN a.channels c LEFT JOIN a.purposes p"
                    + " WHERE a.status <> :retired AND {scope}", ObjectKind.CHANNEL, "a", "c",
                    Map.of("retired", ActivityStatus.RETIRED))) {
                long channel = id(r, "channel");
                String activity = text(r, "activity");
                activities.computeIfAbsent(channel, k -> new TreeSet<>()).add(activity);
                if (r.get("legalbasis", LegalBasis.class) == LegalBasis.A_CONSENT
                        || r.get("art9condition", Art9Condition.class) == Art9Condition.A_EXPLICIT_CONSENT) {
                    consent.computeIfAbsent(channel, k -> new TreeSet<>()).add(activity);
                }
            }
            Set<Long> coveredChannels = new HashSet<>();
            for (Row r : rows("SELECT DISTINCT c.id AS channel FROM Processor p JOIN p.channels c WHERE {scope}",
                    ObjectKind.CHANNEL, "p", "c", Map.of())) {
                coveredChannels.add(id(r, "channel"));
            }
            Set<List<Long>> coveredServices = new HashSet<>();
            for (Row r : rows("SELECT DISTINCT p.organisationId AS organisationid, s.id AS service FROM Processor p"
                    + " JOIN p.services s WHERE {scope}", ObjectKind.PROCESSOR, "p")) {
                coveredServices.add(List.of(id(r, "organisationid"), id(r, "service")));
            }
            List<ChannelFacts> result = new ArrayList<>();
            for (Row r : rows("SELECT c.id AS objectid, c.organisationId AS organisationid, c.name AS name, c.status AS status,"
                    + " c.service.id AS service, c.audience AS audience, c.contactSync AS contactsync, c.backupMode AS backupmode,"
                    + " c.art13Information AS art13information, c.imprintInProfile AS imprintinprofile,"
                    + " c.consentRecording AS consentrecording, c.inPrivacyNotice AS inprivacynotice,"
                    + " c.specialCategories AS specialcategories, c.lastReviewedOn AS lastreviewedon,"
                    + " c.nextReviewOn AS nextreviewon, c.createdAt AS createdat FROM Channel c WHERE {scope}",
                    ObjectKind.CHANNEL, "c")) {
                long id = id(r, "objectid");
                long organisation = id(r, "organisationid");
                long service = id(r, "service");
                result.add(new ChannelFacts(id, organisation, text(r, "name"), r.get("status", ChannelStatus.class),
                        services.get(service), r.get("audience", Audience.class), devices.getOrDefault(id, Set.of()),
                        yes(r, "contactsync"), r.get("backupmode", BackupMode.class), yes(r, "art13information"),
                        yes(r, "imprintinprofile"), present(r, "consentrecording"), yes(r, "inprivacynotice"),
                        yes(r, "specialcategories"), r.get("lastreviewedon", LocalDate.class),
                        r.get("nextreviewon", LocalDate.class), r.get("createdat", LocalDateTime.class),
                        activities.getOrDefault(id, Set.of()), consent.getOrDefault(id, Set.of()),
                        coveredChannels.contains(id) || coveredServices.contains(List.of(organisation, service))));
            }
            return result;
        }

        List<ProcessorFacts> processors() {
            Set<Long> inUse = new HashSet<>();
            for (Row r : rows("SELECT DISTINCT p.id AS processor FROM Processor p JOIN p.channels c WHERE c.status <> :retired"
                    + " AND {scope}", ObjectKind.PROCESSOR, "p", Map.of("retired", ChannelStatus.RETIRED))) {
                inUse.add(id(r, "processor"));
            }
            for (Row r : rows("SELECT DISTINCT p.id AS processor FROM ProcessingActivity a JOIN a.recipients r"
                    + " JOIN r.processor p WHERE a.status <> :retired AND {scope}", ObjectKind.PROCESSOR, "a", "p",
                    Map.of("retired", ActivityStatus.RETIRED))) {
                inUse.add(id(r, "processor"));
            }
            List<ProcessorFacts> result = new ArrayList<>();
            for (Row r : rows("SELECT p.id AS objectid, p.organisationId AS organisationid, p.name AS name,"
                    + " p.agreementStatus AS agreementstatus, p.signedOn AS signedon, p.documentReference AS documentreference,"
                    + " p.validUntil AS validuntil, p.reviewOn AS reviewon FROM Processor p WHERE {scope}",
                    ObjectKind.PROCESSOR, "p")) {
                long id = id(r, "objectid");
                result.add(new ProcessorFacts(id, id(r, "organisationid"), text(r, "name"),
                        r.get("agreementstatus", AgreementStatus.class), r.get("signedon", LocalDate.class),
                        present(r, "documentreference"), r.get("validuntil", LocalDate.class), r.get("reviewon", LocalDate.class),
                        inUse.contains(id)));
            }
            return result;
        }

        List<TransferFacts> transfers() {
            Map<Long, Integer> channels = new HashMap<>();
            for (Row r : rows("SELECT t.id AS transfer, COUNT(c) AS channels FROM Transfer t JOIN t.channels c"
                    + " WHERE c.status <> :retired AND {scope} GROUP BY t.id", ObjectKind.TRANSFER, "t",
                    Map.of("retired", ChannelStatus.RETIRED))) {
                channels.put(id(r, "transfer"), ((Number) r.get("channels")).intValue());
            }
            List<TransferFacts> result = new ArrayList<>();
            for (Row r : rows("SELECT t.id AS objectid, t.organisationId AS organisationid, t.recipient AS recipient,"
                    + " t.country AS country, t.mechanism AS mechanism, t.derogation AS derogation, t.dpfChecked AS dpfchecked,"
                    + " t.dpfCheckedOn AS dpfcheckedon, t.tiaDone AS tiadone, t.safeguardsDocumentation AS safeguards"
                    + " FROM Transfer t WHERE {scope}", ObjectKind.TRANSFER, "t")) {
                long id = id(r, "objectid");
                result.add(new TransferFacts(id, id(r, "organisationid"), text(r, "recipient"), text(r, "country"),
                        r.get("mechanism", TransferMechanism.class), r.get("derogation", Derogation.class),
                        yes(r, "dpfchecked"), r.get("dpfcheckedon", LocalDate.class), yes(r, "tiadone"),
                        present(r, "safeguards"), channels.getOrDefault(id, 0)));
            }
            return result;
        }
    }

    /**
     * A result row read by the aliases of its query's SELECT clause ({@code c.contactSync AS contactsync}). JPA's
     * {@code Tuple} would do this, but EclipseLink answers JPQL tuple queries with plain arrays.
     */
    record Row(Map<String, Integer> columns, Object[] values) {

        static List<Row> all(String jpql, List<?> results) {
            Map<String, Integer> columns = aliases(jpql);
            List<Row> rows = new ArrayList<>(results.size());
            for (Object result : results) {
                rows.add(new Row(columns, result instanceof Object[] values ? values : new Object[] {result}));
            }
            return rows;
        }

        /** Alias to position, from "SELECT [DISTINCT] expr AS alias, … FROM". */
        static Map<String, Integer> aliases(String jpql) {
            String select = jpql.substring(jpql.indexOf("SELECT ") + 7, jpql.indexOf(" FROM ")).replaceFirst("^DISTINCT ", "");
            Map<String, Integer> columns = new HashMap<>();
            String[] expressions = select.split(",");
            for (int i = 0; i < expressions.length; i++) {
                String expression = expressions[i].trim();
                int as = expression.lastIndexOf(" AS ");
                if (as < 0) {
                    throw new IllegalArgumentException("every column needs an alias: " + expression);
                }
                columns.put(expression.substring(as + 4).trim(), i);
            }
            return columns;
        }

        Object get(String alias) {
            Integer column = columns.get(alias);
            if (column == null) {
                throw new IllegalArgumentException("no column " + alias + " in " + columns.keySet());
            }
            return values[column];
        }

        <T> T get(String alias, Class<T> type) {
            return type.cast(get(alias));
        }
    }

    private static long id(Row row, String alias) {
        return ((Number) row.get(alias)).longValue();
    }

    private static String text(Row row, String alias) {
        return row.get(alias, String.class);
    }

    private static boolean yes(Row row, String alias) {
        return Boolean.TRUE.equals(row.get(alias));
    }

    private static boolean present(Row row, String alias) {
        return row.get(alias) instanceof String s && !s.isBlank();
    }

    /** How many rows each activity has (its id's alias is "activity"). */
    private static Map<Long, Integer> count(List<Row> rows) {
        Map<Long, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.merge(id(r, "activity"), 1, Integer::sum));
        return counts;
    }
}
