package de.ropa.platform.control;

import de.ropa.platform.entity.ObjectKind;
import de.ropa.platform.entity.OrganisationScoped;
import de.ropa.platform.entity.Reviewed;
import de.ropa.platform.entity.Role;
import de.ropa.platform.paging.Filters;
import de.ropa.platform.paging.Page;
import de.ropa.platform.paging.PageRequest;
import de.ropa.platform.paging.Sorting;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The life cycle every object of an organisation's register shares: the caller must see the
 * organisation, is checked for its role before the input, links resolve within the organisation, a
 * change needs the version the caller read, and a delete is refused while something refers to the
 * object. Each component's service supplies what differs; subclasses are {@code @ApplicationScoped
 * @Transactional}.
 *
 * @param <E> the entity
 * @param <R> the request a client sends to create or replace one
 */
public abstract class ScopedRegisterService<E extends OrganisationScoped, R> implements ReferenceSource, OrganisationContents,
        ObjectNames {

    @Inject
    protected RegisterStore store;

    @Inject
    protected Trail trail;

    @Inject
    RegisterReadCache readCache;

    private final Class<E> type;
    private final ObjectKind kind;
    private final Supplier<E> factory;

    /**
     * For CDI's client proxies only: a session that moved to another server of a cluster brings the proxies of the
     * services its beans use, and the container builds them anew there through this constructor (the proxy passes
     * every call on to the real service, so these fields stay unused in it).
     */
    protected ScopedRegisterService() {
        this(null, null, null);
    }

    protected ScopedRegisterService(Class<E> type, ObjectKind kind, Supplier<E> factory) {
        this.type = type;
        this.kind = kind;
        this.factory = factory;
    }

    /** Copies the request onto the entity and resolves its links (collecting field problems). */
    protected abstract void apply(long orgId, R request, E entity);

    /** The object as the trail records it: the kind's audit snapshot, not the API's response. */
    protected abstract AuditSnapshot snapshot(E entity);

    /** The object's name in the trail and on history pages. */
    protected abstract String nameOf(E entity);

    /** Called before an object is deleted, in the same transaction. */
    protected void deleting(E entity) {
    }

    /**
     * How this component's objects refer to objects of other kinds: per kind, the rest of a JPQL query on this
     * component's own entity (alias {@code e}) after its FROM clause that keeps those referring to the object
     * {@code :id}, e.g. {@code JOIN e.measures m WHERE m.id = :id}.
     */
    protected Map<ObjectKind, String> referring() {
        return Map.of();
    }

    /** What a form's picker shows of an object: JPQL values on alias {@code e}, put into {@link #choiceFormat}. */
    protected List<String> choiceValues() {
        return List.of("e." + nameAttribute());
    }

    protected String choiceFormat() {
        return "%s";
    }

    protected String choiceOrder() {
        return "e." + nameAttribute();
    }

    /**
     * Every object of the organisation as id and label, in the picker's order: names only, read in one query (a form
     * offers all of an organisation's channels, not a page of loaded objects), and kept while the register does not
     * change (an activity's page names its channels, measures, transfers and processors on every view).
     */
    public Map<Long, String> choices(long orgId) {
        store.requireOrganisation(orgId);
        return readCache.derived(java.util.List.of("choices", kind, orgId), () -> {
            Map<Long, String> choices = new LinkedHashMap<>();
            store.em().createQuery("SELECT e.id, " + String.join(", ", choiceValues()) + " FROM " + type.getSimpleName()
                            + " e WHERE e.organisationId = :org ORDER BY " + choiceOrder() + ", e.id", Object[].class)
                    .setParameter("org", orgId).getResultList()
                    .forEach(row -> choices.put((Long) row[0], choiceFormat().formatted(java.util.Arrays.copyOfRange(row, 1, row.length))));
            return java.util.Collections.unmodifiableMap(choices);
        }, Map::size);
    }

    /** The attribute that names an object of this kind in messages (name, title, recipient). */
    protected String nameAttribute() {
        return "name";
    }

    @Override
    public Map<Long, String> names(ObjectKind asked, Collection<Long> ids, java.util.Locale language) {
        if (asked != kind || ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new java.util.HashMap<>();
        store.em().createQuery("SELECT e.id, e." + nameAttribute() + " FROM " + type.getSimpleName() + " e WHERE e.id IN :ids",
                Object[].class).setParameter("ids", ids).getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    private String referringCondition(ObjectKind target) {
        return target == ObjectKind.ORGANISATION ? "WHERE e.organisationId = :id" : referring().get(target);
    }

    /** This component's objects that refer to the object; for an organisation, every object it holds. */
    @Override
    public List<ReferenceSource.Reference> referencesTo(ObjectKind target, long id) {
        String condition = referringCondition(target);
        if (condition == null) {
            return List.of();
        }
        return store.em().createQuery("SELECT e.id, e." + nameAttribute() + " FROM " + type.getSimpleName() + " e " + condition
                                + " ORDER BY e." + nameAttribute(), Object[].class).setParameter("id", id).setMaxResults(20).getResultList()
                .stream().map(row -> new ReferenceSource.Reference(kind, (Long) row[0], (String) row[1])).toList();
    }

    /** What refers to this object (activities using a channel, a transfer naming it …), as each component names it. */
    public List<ReferenceSource.Reference> usedBy(long id) {
        return store.references(kind, id);
    }

    @Override
    public Set<Long> organisationsReferring(ObjectKind target, long id) {
        String condition = referringCondition(target);
        if (condition == null) {
            return Set.of();
        }
        return new TreeSet<>(store.em().createQuery("SELECT DISTINCT e.organisationId FROM " + type.getSimpleName() + " e "
                + condition, Long.class).setParameter("id", id).getResultList());
    }

    /**
     * For services whose objects are {@link Reviewed} and have a status: those not {@code retired} whose next review
     * falls on or before {@code until} (see {@link ReviewedRegister#due}).
     */
    protected List<ReviewedRegister.Due> reviewsDue(long orgId, LocalDate until, Enum<?> retired) {
        // names and dates only: a large register has hundreds of reviews due, and the dashboard shows ten at a time
        return store.em().createQuery("SELECT e.id, e." + nameAttribute() + ", e.nextReviewOn FROM " + type.getSimpleName()
                        + " e WHERE e.organisationId = :org AND e.status <> :retired AND e.nextReviewOn <= :until", Object[].class)
                .setParameter("org", orgId).setParameter("retired", retired).setParameter("until", until)
                .getResultList().stream()
                .map(r -> new ReviewedRegister.Due(kind, (Long) r[0], (String) r[1], "review", (LocalDate) r[2])).toList();
    }

    /** When an object of this kind last changed in the organisation; empty when it holds none. */
    @Override
    public Optional<LocalDateTime> lastChange(long orgId) {
        return Optional.ofNullable(store.em().createQuery("SELECT MAX(e.updatedAt) FROM " + type.getSimpleName()
                + " e WHERE e.organisationId = :org", LocalDateTime.class).setParameter("org", orgId).getSingleResult());
    }

    /** How many objects of this kind the organisation holds. */
    @Override
    public long count(long orgId) {
        return store.em().createQuery("SELECT COUNT(e) FROM " + type.getSimpleName() + " e WHERE e.organisationId = :org",
                Long.class).setParameter("org", orgId).getSingleResult();
    }

    /** The collections a response shows, fetched in one query each. */
    protected String[] collections() {
        return new String[0];
    }

    /** Runs before objects of this kind are loaded for reading: room to load what they point to in bulk. */
    protected void beforeLoading() {
        // nothing to load ahead by default
    }

    /** The organisation's objects of this kind in id order, with the collections a response shows (an export). */
    public List<E> all(long orgId) {
        store.requireOrganisation(orgId);
        beforeLoading();
        List<E> all = store.collectionsInBulk(store.em().createQuery("SELECT e FROM " + type.getSimpleName()
                + " e WHERE e.organisationId = :org ORDER BY e.id", type), type, "e", collections())
                .setParameter("org", orgId).getResultList();
        store.fetch(type, all, collections());
        return all;
    }

    public E find(long orgId, long id) {
        E entity = store.find(type, kind, orgId, id);
        store.fetch(type, List.of(entity), collections());
        return entity;
    }

    /** A page of the organisation's objects, with the collections a response shows. */
    protected Page<E> page(long orgId, PageRequest page, Filters filters, String sort, Map<String, String> sortable) {
        RegisterReadCache.Ordering ordering = ordering(orgId, filters, sort, sortable);
        beforeLoading();
        List<E> items = store.byIds(type, ordering.ids(page.offset(), page.size()), collections());
        store.fetch(type, items, collections());
        return new Page<>(items, page.page(), page.size(), ordering.total());
    }

    /**
     * A page of a list screen: only the columns it shows ({@code columns}, after the id), read in one query for the
     * page's ids in the list's kept order; {@code row} turns each result (id first) into the screen's row. A screen's
     * list shows names and dates, not the collections the API sends.
     */
    protected <T> Page<T> pageOfColumns(long orgId, PageRequest page, Filters filters, String sort,
                                        Map<String, String> sortable, String columns, Function<Object[], T> row) {
        RegisterReadCache.Ordering ordering = ordering(orgId, filters, sort, sortable);
        List<Long> ids = ordering.ids(page.offset(), page.size());
        Map<Long, T> byId = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            store.em().createQuery("SELECT e.id, " + columns + " FROM " + type.getSimpleName() + " e WHERE e.id IN :ids",
                    Object[].class).setParameter("ids", ids).getResultList().forEach(r -> byId.put((Long) r[0], row.apply(r)));
        }
        // an object deleted since the order was read is left out, as the entities' page leaves it out
        return new Page<>(ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList(), page.page(), page.size(),
                ordering.total());
    }

    /**
     * A page as the API sends it: each object's JSON (as {@code json} writes it), kept from earlier reads while its
     * version stands, so that only objects changed since are loaded.
     */
    protected Page<byte[]> pageAsJson(long orgId, PageRequest page, Filters filters, String sort,
                                      Map<String, String> sortable, Function<E, String> json) {
        RegisterReadCache.Ordering ordering = ordering(orgId, filters, sort, sortable);
        List<byte[]> items = readCache.rows(kind.name(), ordering, page.offset(), page.size(), missing -> {
            beforeLoading();
            List<E> loaded = store.byIds(type, missing, collections());
            store.fetch(type, loaded, collections());
            return loaded.stream().map(e -> new RegisterReadCache.Row(e.getId(), e.getVersion(),
                    json.apply(e).getBytes(java.nio.charset.StandardCharsets.UTF_8))).toList();
        });
        return new Page<>(items, page.page(), page.size(), ordering.total());
    }

    /** The ids and versions of the whole list in its order; kept while the register does not change. */
    private RegisterReadCache.Ordering ordering(long orgId, Filters filters, String sort, Map<String, String> sortable) {
        store.requireOrganisation(orgId);
        String query = store.listQuery(type, filters.conditions(), Sorting.orderBy(sort, sortable, "e.id"));
        Map<String, Object> parameters = new LinkedHashMap<>(filters.parameters());
        parameters.put("org", orgId);
        return readCache.ordering(query, parameters, () -> store.idsAndVersions(query, parameters));
    }

    @RolesAllowed({Role.DPO_NAME, Role.INTEGRATION_NAME})
    public E create(long orgId, R request) {
        trail.changing();
        store.requireOrganisation(orgId);
        store.validate(request);
        E entity = factory.get();
        entity.setOrganisationId(orgId);
        apply(orgId, request, entity);
        store.em().persist(entity);
        store.remember(type, entity);
        if (trail.summarising()) {
            return entity; // one entry for the whole operation, which flushes its objects in batches
        }
        store.em().flush();
        trail.record(orgId, kind, entity.getId(), nameOf(entity), "CREATE", null, snapshot(entity));
        return entity;
    }

    @RolesAllowed({Role.DPO_NAME, Role.INTEGRATION_NAME})
    public E update(long orgId, long id, long expectedVersion, R request) {
        trail.changing();
        store.requireOrganisation(orgId);
        store.validate(request);
        E entity = store.findForChange(type, kind, orgId, id, expectedVersion);
        store.fetch(type, List.of(entity), collections());
        Object before = snapshot(entity);
        apply(orgId, request, entity);
        entity.touch();
        store.em().flush();
        trail.record(orgId, kind, id, nameOf(entity), "UPDATE", before, snapshot(entity));
        return entity;
    }

    @RolesAllowed({Role.DPO_NAME, Role.INTEGRATION_NAME})
    public void delete(long orgId, long id, long expectedVersion) {
        trail.changing();
        E entity = store.findForChange(type, kind, orgId, id, expectedVersion);
        store.requireUnreferenced(kind, id);
        store.fetch(type, List.of(entity), collections());
        Object before = snapshot(entity);
        deleting(entity);
        store.em().remove(entity);
        store.em().flush();
        trail.record(orgId, kind, id, nameOf(entity), "DELETE", before, null);
    }

    /** The version an object has now. */
    public long currentVersion(long orgId, long id) {
        return store.find(type, kind, orgId, id).getVersion();
    }

    /**
     * Records a review of an object that is {@link Reviewed} (see {@link ReviewedRegister}): the dates change here, in
     * the owner's service, and the trail records them with the note.
     */
    @RolesAllowed({Role.DPO_NAME, Role.INTEGRATION_NAME})
    public ReviewedRegister.ReviewResult review(long orgId, long id, long expectedVersion, LocalDate today,
                                                LocalDate next, String note) {
        trail.changing();
        E entity = store.findForChange(type, kind, orgId, id, expectedVersion);
        if (!(entity instanceof Reviewed reviewed)) {
            throw new IllegalStateException(kind + " objects carry no review dates");
        }
        Map<String, Object> before = reviewDates(reviewed.getLastReviewedOn(), reviewed.getNextReviewOn(), null);
        reviewed.reviewed(today, next);
        store.em().flush();
        trail.record(orgId, kind, id, reviewed.getName(), "REVIEW", before, reviewDates(today, next, note));
        return new ReviewedRegister.ReviewResult(kind, id, reviewed.getName(), next);
    }

    private static Map<String, Object> reviewDates(LocalDate last, LocalDate next, String note) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("lastReviewedOn", last);
        values.put("nextReviewOn", next);
        if (note != null) {
            values.put("note", note);
        }
        return values;
    }

    /** The kind of object this service owns. */
    public ObjectKind kind() {
        return kind;
    }
}
