package de.ropa.activities.boundary;

import de.ropa.activities.entity.ActivityStatus;
import de.ropa.activities.entity.ApprovalState;
import de.ropa.activities.entity.Art9Condition;
import de.ropa.activities.entity.DpiaDecision;
import de.ropa.activities.entity.LegalBasis;
import de.ropa.activities.entity.RecipientKind;
import de.ropa.activities.entity.RecordType;
import de.ropa.catalogue.boundary.ServiceFacts;
import de.ropa.catalogue.entity.MeasureKind;
import de.ropa.channels.boundary.ChannelFacts;
import de.ropa.channels.entity.ChannelStatus;
import de.ropa.organisations.entity.OrganisationType;
import de.ropa.platform.control.FactsQuery;
import de.ropa.platform.entity.ObjectKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the findings' rules read of a processing activity, with what the register says around it: the organisation's
 * type, the channels it runs over (their services, transfers and processors) and the transfers it names.
 */
public record ActivityFacts(long id, long organisationId, String name, RecordType recordType, ActivityStatus status,
                            boolean clientControllerNamed, List<PurposeFacts> purposes, int subjectCategories,
                            List<DataCategoryFacts> dataCategories, int measures, boolean tomSummary,
                            DpiaDecision dpiaDecision, LocalDate nextReviewOn, OrganisationType organisationType,
                            boolean everApproved, List<RecipientFacts> recipients, List<ChannelLink> channels,
                            Set<String> transferCountries, Set<Long> transferProcessors) {

    /** One purpose: its legal basis, Art. 9 condition, statutory source, and whether a balancing test is referenced. */
    public record PurposeFacts(LegalBasis legalBasis, Art9Condition art9Condition, String statutorySource,
                               boolean balancingTestReferenced) {

        public PurposeFacts(LegalBasis legalBasis, Art9Condition art9Condition, boolean balancingTestReferenced) {
            this(legalBasis, art9Condition, null, balancingTestReferenced);
        }
    }

    /** One recipient: its name, kind, country, the processor it names (or null) and the countries of that processor's transfers. */
    public record RecipientFacts(String name, RecipientKind kind, String country, Long processorId,
                                 Set<String> processorTransferCountries) {
    }

    /**
     * A channel the activity runs over: its service, whether a transfer is recorded for the channel, and the processors
     * the organisation records for the channel or its service.
     */
    public record ChannelLink(long channelId, String channelName, ServiceFacts service, boolean transferRecorded,
                              Set<Long> processors) {
    }

    /** What other components know that the activities' facts need; the findings' loader supplies it. */
    public interface Surroundings {

        OrganisationType organisationType(long organisationId);

        ServiceFacts service(long serviceId);

        boolean transferRecorded(long channelId);

        Set<Long> processorsFor(long organisationId, long channelId, long serviceId);

        /** The countries of the transfers that name a processor. */
        Set<String> transferCountriesOf(long processorId);
    }

    /** One data category: whether it is a special category and whether an erasure period is stated. */
    public record DataCategoryFacts(String name, boolean specialCategory, boolean erasurePeriodStated) {
    }

    private static final Map<String, Object> NOT_RETIRED = Map.of("retired", ActivityStatus.RETIRED);

    /** The scope's activities, in ten queries. */
    public static List<ActivityFacts> load(FactsQuery query, Surroundings around) {
        Map<Long, List<PurposeFacts>> purposes = new HashMap<>();
        query.rows("SELECT a.id AS activity, p.legalBasis AS legalbasis, p.art9Condition AS art9condition,"
                + " p.statutorySource AS statutorysource, p.balancingTestReference AS balancingtest"
                + " FROM ProcessingActivity a JOIN a.purposes p WHERE {scope}",
                ObjectKind.ACTIVITY, "a").forEach(r -> purposes.computeIfAbsent(r.id("activity"), k -> new ArrayList<>())
                .add(new PurposeFacts(r.get("legalbasis", LegalBasis.class), r.get("art9condition", Art9Condition.class),
                        r.text("statutorysource"), r.present("balancingtest"))));
        Map<Long, List<DataCategoryFacts>> categories = new HashMap<>();
        query.rows("SELECT a.id AS activity, d.name AS name, d.specialCategory AS special, d.erasurePeriod AS erasure"
                + " FROM ProcessingActivity a JOIN a.dataCategories d WHERE {scope}", ObjectKind.ACTIVITY, "a")
                .forEach(r -> categories.computeIfAbsent(r.id("activity"), k -> new ArrayList<>())
                        .add(new DataCategoryFacts(r.text("name"), r.yes("special"), r.present("erasure"))));
        Map<Long, Integer> subjects = count(query.rows("SELECT a.id AS activity FROM ProcessingActivity a"
                + " JOIN a.subjectCategories s WHERE {scope}", ObjectKind.ACTIVITY, "a"));
        // information duties and data protection organisation are no Art. 32 measures (Art. 30(1)(g))
        Map<Long, Integer> measures = count(query.rows("SELECT a.id AS activity FROM ProcessingActivity a JOIN a.measures m"
                + " WHERE m.kind = :security AND {scope}", ObjectKind.ACTIVITY, "a", Map.of("security", MeasureKind.SECURITY)));
        Map<Long, List<RecipientFacts>> recipients = new HashMap<>();
        query.rows("SELECT a.id AS activity, r.name AS name, r.kind AS kind, r.country AS country, p.id AS processor"
                + " FROM ProcessingActivity a JOIN a.recipients r LEFT JOIN r.processor p WHERE {scope}", ObjectKind.ACTIVITY, "a")
                .forEach(r -> {
                    Long processor = r.get("processor") == null ? null : r.id("processor");
                    recipients.computeIfAbsent(r.id("activity"), k -> new ArrayList<>()).add(new RecipientFacts(
                            r.text("name"), r.get("kind", RecipientKind.class), r.text("country"), processor,
                            processor == null ? Set.of() : around.transferCountriesOf(processor)));
                });
        Map<Long, List<ChannelLink>> channels = new HashMap<>();
        query.rows("SELECT a.id AS activity, a.organisationId AS organisationid, c.id AS channel, c.name AS channelname,"
                + " c.service.id AS service FROM ProcessingActivity a JOIN a.channels c WHERE c.status <> :retired AND {scope}",
                ObjectKind.ACTIVITY, "a", Map.of("retired", ChannelStatus.RETIRED)).forEach(r -> {
                    long channel = r.id("channel");
                    long service = r.id("service");
                    channels.computeIfAbsent(r.id("activity"), k -> new ArrayList<>()).add(new ChannelLink(channel,
                            r.text("channelname"), around.service(service), around.transferRecorded(channel),
                            around.processorsFor(r.id("organisationid"), channel, service)));
                });
        Map<Long, Set<String>> transferCountries = new HashMap<>();
        Map<Long, Set<Long>> transferProcessors = new HashMap<>();
        query.rows("SELECT a.id AS activity, t.country AS country, p.id AS processor FROM ProcessingActivity a"
                + " JOIN a.transfers t LEFT JOIN t.processor p WHERE {scope}", ObjectKind.ACTIVITY, "a").forEach(r -> {
                    transferCountries.computeIfAbsent(r.id("activity"), k -> new TreeSet<>()).add(r.text("country"));
                    if (r.get("processor") != null) {
                        transferProcessors.computeIfAbsent(r.id("activity"), k -> new TreeSet<>()).add(r.id("processor"));
                    }
                });
        Set<Long> approved = new HashSet<>();
        query.rows("SELECT DISTINCT a.id AS activity FROM ProcessingActivity a, ActivityVersion v WHERE v.activityId = a.id"
                + " AND v.approvedAt IS NOT NULL AND {scope}", ObjectKind.ACTIVITY, "a").forEach(r -> approved.add(r.id("activity")));
        return query.rows("SELECT a.id AS objectid, a.organisationId AS organisationid, a.name AS name,"
                + " a.recordType AS recordtype, a.status AS status, a.clientController AS clientcontroller,"
                + " a.tomSummary AS tomsummary, a.dpiaDecision AS dpiadecision, a.nextReviewOn AS nextreviewon,"
                + " a.approvalState AS approvalstate FROM ProcessingActivity a WHERE {scope}", ObjectKind.ACTIVITY, "a")
                .stream().map(r -> {
                    long id = r.id("objectid");
                    long organisation = r.id("organisationid");
                    return new ActivityFacts(id, organisation, r.text("name"), r.get("recordtype", RecordType.class),
                            r.get("status", ActivityStatus.class), r.present("clientcontroller"),
                            purposes.getOrDefault(id, List.of()), subjects.getOrDefault(id, 0),
                            categories.getOrDefault(id, List.of()), measures.getOrDefault(id, 0), r.present("tomsummary"),
                            r.get("dpiadecision", DpiaDecision.class), r.get("nextreviewon", LocalDate.class),
                            around.organisationType(organisation),
                            approved.contains(id) || r.get("approvalstate", ApprovalState.class) == ApprovalState.APPROVED,
                            recipients.getOrDefault(id, List.of()), channels.getOrDefault(id, List.of()),
                            transferCountries.getOrDefault(id, Set.of()), transferProcessors.getOrDefault(id, Set.of()));
                }).toList();
    }

    /** For the channels' facts: per channel in the scope, the activities (not retired) that use it, in one query. */
    public static Map<Long, ChannelFacts.Use> channelUse(FactsQuery query) {
        Map<Long, Set<String>> activities = new HashMap<>();
        Map<Long, Set<String>> consent = new HashMap<>();
        query.rows("SELECT c.id AS channel, a.name AS activity, p.legalBasis AS legalbasis,"
                + " p.art9Condition AS art9condition FROM ProcessingActivity a JOIN a.channels c LEFT JOIN a.purposes p"
                + " WHERE a.status <> :retired AND {scope}", ObjectKind.CHANNEL, "a", "c", NOT_RETIRED).forEach(r -> {
                    long channel = r.id("channel");
                    String activity = r.text("activity");
                    activities.computeIfAbsent(channel, k -> new TreeSet<>()).add(activity);
                    if (r.get("legalbasis", LegalBasis.class) == LegalBasis.A_CONSENT
                            || r.get("art9condition", Art9Condition.class) == Art9Condition.A_EXPLICIT_CONSENT) {
                        consent.computeIfAbsent(channel, k -> new TreeSet<>()).add(activity);
                    }
                });
        Map<Long, ChannelFacts.Use> uses = new HashMap<>();
        activities.forEach((channel, names) -> uses.put(channel, new ChannelFacts.Use(names, consent.getOrDefault(channel, Set.of()))));
        return uses;
    }

    /** For the processors' facts: the processors in the scope that activities (not retired) name as recipients. */
    public static Set<Long> processorsInUse(FactsQuery query) {
        Set<Long> used = new HashSet<>();
        query.rows("SELECT DISTINCT p.id AS processor FROM ProcessingActivity a JOIN a.recipients r JOIN r.processor p"
                + " WHERE a.status <> :retired AND {scope}", ObjectKind.PROCESSOR, "a", "p", NOT_RETIRED)
                .forEach(r -> used.add(r.id("processor")));
        return used;
    }

    /** How many rows each activity has (its id's alias is "activity"). */
    private static Map<Long, Integer> count(List<FactsQuery.Row> rows) {
        Map<Long, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.merge(r.id("activity"), 1, Integer::sum));
        return counts;
    }
}
