package de.ropa.findings.boundary;

import de.ropa.findings.control.Finding;
import de.ropa.findings.control.FindingEvaluator;
import de.ropa.findings.control.MessengerChecklist;
import de.ropa.findings.control.RegisterFacts;
import de.ropa.findings.control.RegisterFactsLoader;
import de.ropa.findings.control.Rule;
import de.ropa.findings.control.RuleCatalogue;
import de.ropa.findings.entity.FindingAcceptance;
import de.ropa.findings.entity.FindingState;
import de.ropa.findings.entity.Severity;
import de.ropa.platform.control.CallerScope;
import de.ropa.platform.control.ConflictException;
import de.ropa.platform.control.FactsScope;
import de.ropa.platform.control.InvalidFieldException;
import de.ropa.platform.control.NotFoundException;
import de.ropa.platform.control.OpenFindings;
import de.ropa.platform.control.RegisterReadCache;
import de.ropa.platform.control.RegisterStore;
import de.ropa.platform.control.Trail;
import de.ropa.platform.entity.ObjectKind;
import de.ropa.platform.entity.Role;
import de.ropa.platform.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Findings of the register, computed from its current state (an organisation's kept while nothing in the register
 * changes: {@link RegisterReadCache}), and the DPO's acceptances of them. The API and the screens both come through here.
 */
@ApplicationScoped
@Transactional
public class FindingService implements OpenFindings {

    static final Map<String, Comparator<FindingView>> SORTS = Map.of(
            "severity", Comparator.comparing(v -> v.finding().rule().severity()),
            "rule", Comparator.comparing(v -> v.finding().rule().id()),
            "kind", Comparator.comparing(v -> v.finding().rule().kind()),
            "object", Comparator.<FindingView, String>comparing(v -> v.finding().objectName(), String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(v -> v.finding().rule().kind()).thenComparing(v -> v.finding().objectId()),
            "state", Comparator.comparing(FindingView::state));

    @Inject
    RegisterStore store;

    @Inject
    RegisterFactsLoader loader;

    @Inject
    Trail trail;

    @Inject
    RegisterReadCache readCache;

    @Inject
    CallerScope visibility;

    Clock clock = Clock.systemDefaultZone();

    /** Findings of one organisation; narrowed to one object when the filter names kind and id (404 if it does not exist). */
    public FindingResult list(long orgId, FindingFilter filter, PageRequest page, String sort) {
        store.requireOrganisation(orgId);
        FactsScope scope = filter.kind() != null && filter.objectId() != null
                ? FactsScope.object(orgId, filter.kind(), filter.objectId())
                : FactsScope.organisations(Set.of(orgId));
        return result(views(scope, true), filter, page, sort);
    }

    /**
     * What is read of an organisation's findings as a whole (the dashboard's channels by risk), computed once per
     * revision of the register from its findings in the default order. {@code name} names the computation.
     */
    public <T> T ofOrganisation(long orgId, String name, Function<List<FindingView>, T> compute) {
        store.requireOrganisation(orgId);
        return views(FactsScope.organisations(Set.of(orgId)), false).derived(name, compute);
    }

    /** The findings of one object with their texts in this language, for the object's page. */
    public List<FindingResponse> describe(long orgId, ObjectKind kind, long objectId, Locale locale) {
        return ofObject(orgId, kind, objectId).stream().map(v -> FindingResponse.from(v, locale)).toList();
    }

    /**
     * The findings of an object its page shows (the object was just read): taken from its organisation's findings when
     * they are kept at the register's current revision (accepting a finding is a change of the register, so they carry
     * the acceptances), else evaluated for the object and its surroundings alone.
     */
    private List<FindingView> ofObject(long orgId, ObjectKind kind, long objectId) {
        store.requireOrganisation(orgId);
        Optional<Findings> whole = readCache.kept(wholeKey(Set.of(orgId), LocalDate.now(clock)));
        if (whole.isPresent()) {
            return whole.get().derived("byObject", FindingService::byObject).getOrDefault(kind + "/" + objectId, List.of());
        }
        return views(FactsScope.object(orgId, kind, objectId), false).views();
    }

    private static Map<String, List<FindingView>> byObject(List<FindingView> views) {
        return views.stream().collect(Collectors.groupingBy(v -> v.finding().rule().kind() + "/" + v.finding().objectId()));
    }

    /** A channel's messenger checklist: each row met, not applicable, accepted, open or still to find out. */
    public List<MessengerChecklist.Row> checklist(long orgId, long channelId) {
        FactsScope scope = FactsScope.object(orgId, ObjectKind.CHANNEL, channelId);
        RegisterFacts facts = loader.load(scope);
        if (facts.channels().isEmpty()) {
            throw new NotFoundException(ObjectKind.CHANNEL, channelId);
        }
        Map<String, FindingAcceptance> acceptances = activeAcceptances(scope);
        Map<String, FindingState> byRule = new HashMap<>();
        FindingEvaluator.evaluate(facts, LocalDate.now(clock)).forEach(f ->
                byRule.put(f.rule().id(), FindingView.of(f, acceptances.get(f.id())).state()));
        return MessengerChecklist.rows(facts.channels().get(0), byRule);
    }

    @Override
    public List<String> openHigh(long orgId, ObjectKind kind, long id, Locale language) {
        return ofObject(orgId, kind, id).stream()
                .filter(v -> v.state() == FindingState.OPEN && v.finding().rule().severity() == Severity.HIGH)
                .map(v -> FindingResponse.from(v, language).title()).toList();
    }

    /** Open findings per object of one kind, for the gap columns of the lists. */
    public Map<Long, Long> openCounts(long orgId, ObjectKind kind) {
        return ofOrganisation(orgId, "openCounts." + kind, views -> views.stream()
                .filter(v -> v.state() == FindingState.OPEN && v.finding().rule().kind() == kind)
                .collect(Collectors.groupingBy(v -> v.finding().objectId(), Collectors.counting())));
    }

    /** Findings of every organisation the caller may see. */
    public FindingResult listVisible(FindingFilter filter, PageRequest page, String sort) {
        FactsScope scope = FactsScope.organisations(visibility.visibleOrganisations().orElse(null));
        return result(views(scope, false), filter, page, sort);
    }

    @RolesAllowed(Role.DPO_NAME)
    public FindingView accept(long orgId, String findingId, AcceptanceRequest request) {
        FindingView current = raised(orgId, findingId, request);
        FindingAcceptance previous = current.acceptance() != null ? current.acceptance() : current.lapsedAcceptance();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        if (previous != null) {
            previous.reopen(visibility.callerName(), now, "superseded by a new acceptance");
            store.em().flush();
        }
        FindingAcceptance acceptance = new FindingAcceptance();
        acceptance.setOrganisationId(orgId);
        acceptance.setRuleId(current.finding().rule().id());
        acceptance.setObjectId(current.finding().objectId());
        acceptance.setActiveKey(current.finding().id());
        acceptance.setJustification(request.justification.trim());
        acceptance.setFactsDigest(current.finding().evidence().digest());
        acceptance.setFacts(current.finding().evidence().text());
        acceptance.setAcceptedBy(visibility.callerName());
        acceptance.setAcceptedAt(now);
        try {
            store.em().persist(acceptance);
            store.em().flush();
        } catch (PersistenceException raced) {
            throw new ConflictException("finding.acceptedMeanwhile", String.valueOf(findingId));
        }
        trail.record(orgId, ObjectKind.FINDING, findingId, current.finding().objectName(), "ACCEPT",
                AcceptanceResponse.from(current.acceptance()), AcceptanceResponse.from(acceptance));
        return FindingView.of(current.finding(), acceptance);
    }

    @RolesAllowed(Role.DPO_NAME)
    public FindingView reopen(long orgId, String findingId, AcceptanceRequest request) {
        FindingView current = raised(orgId, findingId, request);
        FindingAcceptance active = current.acceptance() != null ? current.acceptance() : current.lapsedAcceptance();
        if (active == null) {
            throw new ConflictException("finding.notAccepted", String.valueOf(findingId));
        }
        AcceptanceResponse before = AcceptanceResponse.from(active);
        active.reopen(visibility.callerName(), LocalDateTime.now(ZoneOffset.UTC).withNano(0), request.justification.trim());
        store.em().flush();
        trail.record(orgId, ObjectKind.FINDING, findingId, current.finding().objectName(), "REOPEN", before,
                java.util.Map.of("reopenedBy", visibility.callerName(), "justification", request.justification.trim()));
        return FindingView.of(current.finding(), null);
    }

    /**
     * The finding as it is raised today, after the organisation and the request were checked; 404 when the id
     * names no rule, no object, or a rule that does not fire.
     */
    private FindingView raised(long orgId, String findingId, AcceptanceRequest request) {
        store.requireOrganisation(orgId);
        store.validate(request);
        int dot = findingId == null ? -1 : findingId.lastIndexOf('.');
        Optional<Rule<?>> rule = dot < 0 ? Optional.empty() : RuleCatalogue.byId(findingId.substring(0, dot));
        long objectId;
        try {
            objectId = Long.parseLong(findingId.substring(dot + 1));
        } catch (RuntimeException e) {
            throw new NotFoundException(ObjectKind.FINDING, findingId);
        }
        if (rule.isEmpty()) {
            throw new NotFoundException(ObjectKind.FINDING, findingId);
        }
        return views(FactsScope.object(orgId, rule.get().kind(), objectId), true).views().stream()
                .filter(v -> v.finding().id().equals(findingId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("finding.notFiring", findingId));
    }

    /** The scope's findings in the default order, with their summary. */
    private Findings views(FactsScope scope, boolean objectMustExist) {
        LocalDate today = LocalDate.now(clock);
        if (scope.objectId() == null) {
            // whole organisations (lists, dashboard, reports): kept while the register does not change
            return readCache.derived(wholeKey(scope.organisations(), today), () -> Findings.of(evaluate(scope, false, today)), f -> f.views().size());
        }
        return Findings.of(evaluate(scope, objectMustExist, today));
    }

    /** The key under which the findings of these organisations (null: all) are kept for a day. */
    private static Object wholeKey(Set<Long> organisations, LocalDate today) {
        return List.of("findings", organisations == null ? "all" : new java.util.TreeSet<>(organisations), today);
    }

    private List<FindingView> evaluate(FactsScope scope, boolean objectMustExist, LocalDate today) {
        RegisterFacts facts = loader.load(scope);
        if (objectMustExist && scope.objectId() != null && !contains(facts, scope)) {
            throw new NotFoundException(scope.kind(), scope.objectId());
        }
        List<Finding> findings = FindingEvaluator.evaluate(facts, today);
        Map<String, FindingAcceptance> acceptances = activeAcceptances(scope);
        return findings.stream().map(f -> FindingView.of(f, acceptances.get(f.id()))).toList();
    }

    private static boolean contains(RegisterFacts facts, FactsScope scope) {
        long id = scope.objectId();
        return switch (scope.kind()) {
            case ORGANISATION -> facts.organisations().stream().anyMatch(o -> o.id() == id);
            case ACTIVITY -> !facts.activities().isEmpty();
            case CHANNEL -> !facts.channels().isEmpty();
            case PROCESSOR -> !facts.processors().isEmpty();
            case TRANSFER -> !facts.transfers().isEmpty();
            default -> false;
        };
    }

    private Map<String, FindingAcceptance> activeAcceptances(FactsScope scope) {
        String jpql = "SELECT a FROM FindingAcceptance a WHERE a.activeKey IS NOT NULL"
                + (scope.organisations() == null ? "" : " AND a.organisationId IN :orgs")
                + (scope.objectId() == null ? "" : " AND a.objectId = :objectId");
        var query = store.em().createQuery(jpql, FindingAcceptance.class);
        if (scope.organisations() != null) {
            query.setParameter("orgs", scope.organisations());
        }
        if (scope.objectId() != null) {
            query.setParameter("objectId", scope.objectId());
        }
        Map<String, FindingAcceptance> byFinding = new HashMap<>();
        query.getResultList().forEach(a -> byFinding.put(a.getActiveKey(), a));
        return byFinding;
    }

    /**
     * One page of the findings the filter lets through, in the requested order. The findings come in the default
     * order, so a list without an order of its own is not sorted again, and an unfiltered one uses the kept summary:
     * an organisation of 50,000 activities has 150,000 findings.
     */
    private static FindingResult result(Findings found, FindingFilter filter, PageRequest page, String sort) {
        boolean everything = filter.equals(FindingFilter.NONE);
        boolean sorted = sort != null && !sort.isBlank();
        List<FindingView> matching;
        if (everything) {
            Comparator<FindingView> order = sorted ? order(sort) : null;
            matching = sorted ? found.derived("sorted." + sort.trim(), views -> views.stream().sorted(order).toList())
                    : found.views();
        } else {
            matching = found.views().stream().filter(filter::matches).toList();
            matching = sorted ? matching.stream().sorted(order(sort)).toList() : matching;
        }
        List<FindingView> items = matching.stream().skip(page.offset()).limit(page.size()).toList();
        return new FindingResult(items, page.page(), page.size(), matching.size(),
                everything ? found.summary() : FindingSummary.of(matching));
    }

    /**
     * Findings in the default order with their summary, and what else is read of them as a whole, each computed once
     * from the same findings (kept with them, so never from another revision of the register).
     */
    record Findings(List<FindingView> views, FindingSummary summary, Map<String, Object> derived) {

        static Findings of(List<FindingView> unordered) {
            List<FindingView> ordered = unordered.stream().sorted(order(null)).toList();
            return new Findings(ordered, FindingSummary.of(ordered), new java.util.concurrent.ConcurrentHashMap<>());
        }

        @SuppressWarnings("unchecked")
        <T> T derived(String name, Function<List<FindingView>, T> compute) {
            return (T) derived.computeIfAbsent(name, k -> compute.apply(views));
        }
    }

    /** The requested order ("-" for descending), then severity, rule and object for a stable list. */
    static Comparator<FindingView> order(String sort) {
        Comparator<FindingView> tail = SORTS.get("severity").thenComparing(SORTS.get("rule")).thenComparing(SORTS.get("object"))
                .thenComparing(v -> v.finding().objectId());
        if (sort == null || sort.isBlank()) {
            return tail;
        }
        String key = sort.trim();
        boolean descending = key.startsWith("-");
        Comparator<FindingView> chosen = SORTS.get(descending ? key.substring(1) : key);
        if (chosen == null) {
            throw new InvalidFieldException("sort", "field.sort.unknown", sort,
                    Stream.of("severity", "rule", "kind", "object", "state").sorted().toList());
        }
        return (descending ? chosen.reversed() : chosen).thenComparing(tail);
    }
}
